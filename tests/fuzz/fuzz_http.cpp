// libFuzzer harness for the greeting server's HTTP request-head parser (issue 14), fed as
// the channel feeds it: lines framed on "\n" with the parser's MaxFrame.
//
// Input layout: byte 0 is the chunking seed; the rest is what a client sends.
// Asserts: (a) no sanitizer report; (b) the outcome (state, status, name, HEAD) does not
// depend on how the input is split into reads; (c) a finished head has a status the
// parser documents (Complete: 200 or 404; Failed: 400, 405, 414, 431 or 505); (d) a greeted
// name has no C0, DEL or C1 control and no '/'; (e) resolveName() on the raw input holds
// to the same name rules.
#include "framing/framer.h"
#include "profiles/httprequest.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using acw::Framer;
using acw::HttpRejection;
using acw::HttpRequestParser;
using acw::Terminator;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_http: assertion failed: %s\n", what);
        std::abort();
    }
}

struct Sink
{
    HttpRequestParser parser;
    QByteArray line;
    void collectIncomingData(const char *data, qsizetype size) { line.append(data, size); }
    void foundTerminator()
    {
        parser.feedLine(line);
        line.clear();
    }
    void frameTooLong(qint64) { parser.lineTooLong(); }
};

struct Outcome
{
    HttpRequestParser::State state;
    int status;
    QString name;
    bool head;
    bool operator==(const Outcome &o) const
    {
        return state == o.state && status == o.status && name == o.name && head == o.head;
    }
};

bool finished(const HttpRequestParser &p)
{
    return p.state() == HttpRequestParser::State::Complete
           || p.state() == HttpRequestParser::State::Failed;
}

Outcome parse(const char *data, qsizetype size, uint8_t seed)
{
    Framer framer;
    framer.setTerminator(Terminator::bytes("\n"));
    framer.setMaxFrame(HttpRequestParser::MaxFrame);
    Sink sink;
    uint32_t state = seed;
    qsizetype pos = 0;
    while (pos < size && !finished(sink.parser)) {
        qsizetype n = size - pos;
        if (seed != 0) {
            state = state * 1103515245u + 12345u;
            n = qMin<qsizetype>(n, 1 + (state >> 16) % 64);
        }
        framer.feed(data + pos, n, sink);
        pos += n;
    }
    return { sink.parser.state(), sink.parser.status(), sink.parser.name(), sink.parser.isHead() };
}

void checkName(const QString &name)
{
    for (QChar c : name) {
        const char16_t u = c.unicode();
        check(u >= 0x20 && !(u >= 0x7f && u <= 0x9f), "no control character in a name");
        check(u != '/', "no '/' in a name");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t seed = data[0];
    const char *input = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    const Outcome whole = parse(input, length, 0);
    const Outcome pieces = parse(input, length, seed | 1);
    check(whole == pieces, "the outcome does not depend on the reads");
    if (whole.state == HttpRequestParser::State::Complete) {
        check(whole.status == 200 || whole.status == 404, "Complete is 200 or 404");
        if (whole.status == 200)
            checkName(whole.name);
    } else if (whole.state == HttpRequestParser::State::Failed) {
        const int s = whole.status;
        check(s == 400 || s == 405 || s == 414 || s == 431 || s == 505, "a documented failure");
    }
    QString name;
    HttpRejection why = HttpRejection::None;
    const int status = HttpRequestParser::resolveName(QByteArray(input, length), &name, &why);
    check(status == 200 || status == 400 || status == 404, "resolveName status");
    if (status == 200)
        checkName(name);
    else
        check(why != HttpRejection::None, "a refusal has a reason");
    return 0;
}
