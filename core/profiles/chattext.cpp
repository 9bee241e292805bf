#include "profiles/chattext.h"

#include <QList>
#include <QStringDecoder>

namespace acw::chattext {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
           || c == 0x200F || c == 0x061C;
}

bool isInvisibleFiller(char32_t c)
{
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F;
}

// Decodes UTF-8; *bad is set when the input was not valid UTF-8.
QString decode(const QByteArray &bytes, bool *bad)
{
    // ConvertInitialBom: a leading U+FEFF is kept (and refused in a nick), not dropped.
    QStringDecoder decoder(QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(bytes);
    if (bad)
        *bad = decoder.hasError();
    return text;
}

} // namespace

QByteArray sanitizeMessage(const QByteArray &line)
{
    // Fast path: printable ASCII (the common case) passes as is.
    bool plain = true;
    for (char ch : line) {
        const auto c = uchar(ch);
        if (c < 0x20 || c >= 0x7f) {
            plain = false;
            break;
        }
    }
    if (plain)
        return line;
    const QString text = decode(line, nullptr); // invalid bytes -> U+FFFD
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const char16_t c = ch.unicode();
        if (c == '\t') {
            out += QLatin1Char(' ');
        } else if (c < 0x20) {
            out += QLatin1Char('^');
            out += QLatin1Char(char(c + 0x40)); // ^@ ^G ^M ^[ ...
        } else if (c == 0x7f) {
            out += QLatin1String("^?");
        } else if ((c >= 0x80 && c <= 0x9f) || isBidiControl(c) || c == 0x2028 || c == 0x2029) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += ch; // surrogate pairs pass as their two halves
        }
    }
    return out.toUtf8();
}

NickProblem checkNick(const QByteArray &name)
{
    if (name.isEmpty())
        return NickProblem::Empty;
    bool bad = false;
    const QString text = decode(name, &bad);
    if (bad)
        return NickProblem::BadUtf8;
    const QList<uint> codes = text.toUcs4();
    if (codes.size() > 32 || name.size() > 128)
        return NickProblem::TooLong;
    if (text.startsWith(QLatin1Char('*')) || text.startsWith(QLatin1Char('/')))
        return NickProblem::Reserved;
    for (const uint c : codes) {
        if (c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c == ':' || c == 0xFFFD || isBidiControl(c)
            || isInvisibleFiller(c)) {
            return NickProblem::NotPrintable;
        }
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format: // bidi controls, ZWSP/ZWNJ/ZWJ, WJ, BOM, soft hyphen
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph: return NickProblem::NotPrintable;
        default: break;
        }
    }
    return NickProblem::None;
}

QString foldKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString confusableKey(const QString &name)
{
    QString s = name.normalized(QString::NormalizationForm_KC);
    s.replace(QLatin1Char('I'), QLatin1Char('l')); // before folding: capital I looks like l
    s = s.toCaseFolded();
    // Lower-case look-alikes (after folding, capitals have become these).
    static const struct
    {
        char16_t from;
        char to;
    } map[] = {
        { u'1', 'l' },
        { u'|', 'l' },
        { u'0', 'o' },
        // Cyrillic
        { u'\u0430', 'a' },
        { u'\u0435', 'e' },
        { u'\u043E', 'o' },
        { u'\u0440', 'p' },
        { u'\u0441', 'c' },
        { u'\u0443', 'y' },
        { u'\u0445', 'x' },
        { u'\u0456', 'i' },
        { u'\u0458', 'j' },
        { u'\u0455', 's' },
        { u'\u0501', 'd' },
        { u'\u04BB', 'h' },
        { u'\u04CF', 'l' },
        { u'\u0475', 'v' },
        { u'\u051B', 'q' },
        { u'\u051D', 'w' },
        { u'\u0432', 'b' },
        { u'\u043A', 'k' },
        { u'\u043C', 'm' },
        { u'\u043D', 'h' },
        { u'\u0442', 't' },
        // Greek
        { u'\u03B1', 'a' },
        { u'\u03BF', 'o' },
        { u'\u03C1', 'p' },
        { u'\u03BD', 'v' },
        { u'\u03B9', 'i' },
        { u'\u03BA', 'k' },
        { u'\u03C4', 't' },
        { u'\u03C5', 'u' },
        { u'\u03C7', 'x' },
        { u'\u03B5', 'e' },
        { u'\u03B2', 'b' },
        { u'\u03B7', 'n' },
        { u'\u03BC', 'u' },
        { u'\u03C9', 'w' },
        // Latin look-alikes
        { u'\u0131', 'i' },
        { u'\u0261', 'g' },
        { u'\u0251', 'a' },
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        for (const auto &m : map) {
            if (m.from == c) {
                s[i] = QLatin1Char(m.to);
                break;
            }
        }
    }
    s.replace(QLatin1String("rn"), QLatin1String("m"));
    s.replace(QLatin1String("vv"), QLatin1String("w"));
    return s;
}

} // namespace acw::chattext
