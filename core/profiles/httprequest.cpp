#include "profiles/httprequest.h"

#include <QList>
#include <QStringDecoder>
#include <limits>

namespace acw {

namespace {

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~': return true;
    default: return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isControl(uchar c)
{
    return c < 0x20 || c == 0x7f;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 9110 §5.5: a field value is trimmed of OWS (SP and HTAB) only. QByteArray::trimmed()
// would also drop CR, VT and FF at its ends, and let "X: ab\r\r\n" through.
QByteArray trimOws(const QByteArray &value)
{
    qsizetype begin = 0, end = value.size();
    while (begin < end && (value.at(begin) == ' ' || value.at(begin) == '\t'))
        ++begin;
    while (end > begin && (value.at(end - 1) == ' ' || value.at(end - 1) == '\t'))
        --end;
    return value.mid(begin, end - begin);
}

QByteArray stripCr(const QByteArray &line)
{
    return line.endsWith('\r') ? line.left(line.size() - 1) : line;
}

// "HTTP/" DIGIT "." DIGIT, nothing more (RFC 9112 §2.3).
bool isWellFormedVersion(const QByteArray &v)
{
    return v.size() == 8 && v.startsWith("HTTP/") && isDigit(v.at(5)) && v.at(6) == '.'
           && isDigit(v.at(7));
}

// Digits only, overflow-checked: "-1", "1e9", "+5" and 2^64 are all invalid.
bool parseContentLength(const QByteArray &value, qint64 *out)
{
    if (value.isEmpty())
        return false;
    qint64 n = 0;
    for (char c : value) {
        if (!isDigit(c))
            return false;
        const int d = c - '0';
        if (n > (std::numeric_limits<qint64>::max() - d) / 10)
            return false;
        n = n * 10 + d;
    }
    *out = n;
    return true;
}

} // namespace

HttpRequestParser::State HttpRequestParser::fail(int status, HttpRejection why)
{
    m_state = State::Failed;
    m_status = status;
    m_rejection = why;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feedLine(const QByteArray &rawLine)
{
    if (m_state == State::Complete || m_state == State::Failed)
        return m_state; // pipelined input after the request is ignored (HTTP/1.0 closes)
    const QByteArray line = stripCr(rawLine);
    if (m_state == State::RequestLine)
        return parseRequestLine(line);
    return parseHeader(line);
}

HttpRequestParser::State HttpRequestParser::lineTooLong()
{
    if (m_state == State::RequestLine)
        return fail(414, HttpRejection::RequestLineTooLong);
    if (m_state == State::Headers)
        return fail(431, HttpRejection::HeaderLineTooLong);
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    if (line.isEmpty()) {
        // RFC 9112 §2.2: ignore empty lines before the request line, but not forever.
        if (++m_emptyLines > MaxLeadingEmptyLines)
            return fail(400, HttpRejection::TooManyEmptyLines);
        return m_state;
    }
    if (line.size() > MaxRequestLine)
        return fail(414, HttpRejection::RequestLineTooLong);
    for (char c : line) {
        if (isControl(uchar(c)))
            return fail(400, HttpRejection::ControlByteInRequestLine);
    }
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()
        || parts.at(2).isEmpty()) {
        return fail(
            400, parts.size() == 2 ? HttpRejection::Http09 : HttpRejection::MalformedRequestLine);
    }
    const QByteArray &method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (!isToken(method))
        return fail(400, HttpRejection::InvalidMethod);
    if (method.toUpper() != method)
        return fail(400, HttpRejection::LowercaseMethod);
    if (!isWellFormedVersion(version))
        return fail(400, HttpRejection::MalformedVersion);
    if (version != "HTTP/1.0" && version != "HTTP/1.1")
        return fail(505, HttpRejection::UnsupportedVersion);
    m_head = method == "HEAD";
    if (method != "GET" && !m_head)
        return fail(405, HttpRejection::MethodNotAllowed);
    m_http11 = version == "HTTP/1.1";
    if (!target.startsWith('/'))
        return fail(400, HttpRejection::NotAbsolutePath);
    HttpRejection why = HttpRejection::None;
    m_status = resolveName(target, &m_name, &why);
    if (m_status == 400)
        return fail(400, why);
    m_rejection = why; // NoSuchPage with 404
    m_state = State::Headers;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHeader(const QByteArray &line)
{
    if (line.isEmpty())
        return finishHead();
    if (line.size() > MaxHeaderLine)
        return fail(431, HttpRejection::HeaderLineTooLong);
    m_headerBytes += line.size() + 2;
    if (m_headerBytes > MaxHeaderSection)
        return fail(431, HttpRejection::HeadersTooLong);
    if (++m_headers > MaxHeaders)
        return fail(431, HttpRejection::TooManyHeaders);
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return fail(400, HttpRejection::HeaderWithoutColon);
    const QByteArray name = line.left(colon);
    if (!isToken(name)) // also catches obs-fold and "Host : x" (RFC 9112 §5.1)
        return fail(400, HttpRejection::InvalidHeaderName);
    const QByteArray value = trimOws(line.mid(colon + 1));
    for (char c : value) {
        if (isControl(uchar(c)) && c != '\t')
            return fail(400, HttpRejection::ControlByteInHeader);
    }
    const QByteArray key = name.toLower();
    if (key == "host") {
        if (m_hasHost)
            return fail(400, HttpRejection::DuplicateHost);
        m_hasHost = true;
    } else if (key == "content-length") {
        qint64 length = 0;
        if (m_hasContentLength)
            return fail(400, HttpRejection::DuplicateContentLength);
        m_hasContentLength = true;
        if (!parseContentLength(value, &length))
            return fail(400, HttpRejection::InvalidContentLength);
        if (length > 0)
            return fail(400, HttpRejection::BodyNotAccepted);
    } else if (key == "transfer-encoding") {
        return fail(400, HttpRejection::TransferEncoding);
    }
    return m_state;
}

HttpRequestParser::State HttpRequestParser::finishHead()
{
    if (m_http11 && !m_hasHost)
        return fail(400, HttpRejection::MissingHost);
    m_state = State::Complete; // m_status is 200 or 404 since the request line
    return m_state;
}

int HttpRequestParser::resolveName(const QByteArray &target, QString *name, HttpRejection *why)
{
    name->clear();
    QByteArray path = target;
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);
    if (!path.startsWith('/')) {
        *why = HttpRejection::NotAbsolutePath;
        return 400;
    }
    const QByteArray raw = path.mid(1);
    if (raw.contains('/')) {
        *why = HttpRejection::NoSuchPage;
        return 404;
    }
    if (raw.contains('#')) {
        *why = HttpRejection::Fragment;
        return 400;
    }
    // Validate every escape first: Qt would "decode" %zz to 0xFA.
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%')
            continue;
        if (i + 2 >= raw.size() || !isHexDigit(raw.at(i + 1)) || !isHexDigit(raw.at(i + 2))) {
            *why = HttpRejection::BadPercentEscape;
            return 400;
        }
        i += 2;
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
    // Strict UTF-8: fromUtf8 would silently substitute U+FFFD and drop a leading BOM.
    QStringDecoder decoder(QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder(bytes);
    if (decoder.hasError()) {
        *why = HttpRejection::NotUtf8;
        return 400;
    }
    for (QChar c : decoded) {
        // C0, DEL and C1 (U+0080-U+009F, "%C2%85" is NEL) alike.
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) {
            *why = HttpRejection::ControlCharacterInName;
            return 400;
        }
    }
    if (decoded.contains(QLatin1Char('/'))) {
        *why = HttpRejection::SlashInName;
        return 400;
    }
    if (decoded == QLatin1String(".") || decoded == QLatin1String("..")) {
        *why = HttpRejection::DotSegment;
        return 400;
    }
    *name = decoded;
    *why = HttpRejection::None;
    return 200;
}

} // namespace acw
