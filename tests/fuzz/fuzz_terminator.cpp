// libFuzzer harness for the terminator spec parser (issue 14): the one text form used by
// the CLI, the window and the settings.
//
// The input is tried as a spec both as UTF-8 text and as UTF-16 (lone surrogates
// included), and as raw bytes for the escaping helpers.
// Asserts: (a) no sanitizer report; (b) a spec that parses gives a normal-form Terminator
// whose toSpec() parses back to the same Terminator, and an error has a description;
// (c) unescape(escape(bytes)) gives the bytes back for any bytes; (d) a bytes spec
// without a backslash is exactly its UTF-8 (no "??" for characters outside the BMP);
// (e) the keywords are case-insensitive.
#include "framing/terminator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using acw::Terminator;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_terminator: assertion failed: %s\n", what);
        std::abort();
    }
}

void checkSpec(const QString &spec)
{
    Terminator::ParseError error = Terminator::ParseError::NoError;
    const Terminator t = Terminator::parse(spec, &error);
    if (error != Terminator::ParseError::NoError) {
        check(t.isNone(), "a failed parse gives none");
        check(int(error) > int(Terminator::ParseError::NoError)
                  && int(error) <= int(Terminator::ParseError::CountOverflow),
            "an error is one of the known codes");
        return;
    }
    check(!t.isBytes() || !t.byteString().isEmpty(), "bytes are never empty");
    check(!t.isCount() || t.countValue() > 0, "a count is positive");
    Terminator::ParseError again = Terminator::ParseError::NoError;
    const Terminator back = Terminator::parse(t.toSpec(), &again);
    check(again == Terminator::ParseError::NoError, "toSpec() parses");
    check(back == t, "toSpec() round-trips");
    const bool keyword = spec.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0
                         || spec.startsWith(QLatin1String("count:"), Qt::CaseInsensitive);
    if (!keyword && !spec.contains(QLatin1Char('\\')) && t.isBytes())
        check(t.byteString() == spec.toUtf8(), "a plain spec is its UTF-8");
    if (keyword)
        check(Terminator::parse(spec.toLower()) == t, "keywords are case-insensitive");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    checkSpec(QString::fromUtf8(raw));
    QString utf16;
    for (size_t i = 0; i + 1 < size; i += 2)
        utf16 += QChar(char16_t(data[i] | (data[i + 1] << 8)));
    checkSpec(utf16);
    bool ok = false;
    check(Terminator::unescape(Terminator::escape(raw), &ok) == raw && ok,
        "unescape(escape(bytes)) == bytes");
    return 0;
}
