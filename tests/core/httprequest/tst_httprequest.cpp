// The greeting server's request-head parser against every case of reliability.md 2.C
// (19-30) that does not need a socket, fed through the real framer in 1-, 2-, 3-byte and
// whole-input chunks (the greeting channel frames on "\n" with maxFrame 8193).
#include "framing/framer.h"
#include "profiles/httprequest.h"

#include <QTest>

using acw::Framer;
using acw::HttpRequestParser;
using acw::Terminator;

namespace {

struct ParserSink
{
    HttpRequestParser parser;
    QByteArray line;
    qint64 fedWhenTooLong = -1;
    qint64 fed = 0;
    void collectIncomingData(const char *data, qsizetype size) { line.append(data, size); }
    void foundTerminator()
    {
        parser.feedLine(line);
        line.clear();
    }
    void frameTooLong(qint64)
    {
        fedWhenTooLong = fed;
        parser.lineTooLong();
    }
};

struct Outcome
{
    HttpRequestParser::State state;
    int status;
    QString name;
    bool head;
    qint64 fedWhenTooLong;
};

Outcome parse(const QByteArray &input, int chunk)
{
    Framer framer;
    framer.setTerminator(Terminator::bytes("\n"));
    framer.setMaxFrame(HttpRequestParser::MaxFrame);
    ParserSink sink;
    const int step = chunk > 0 ? chunk : int(input.size());
    for (qsizetype i = 0; i < input.size(); i += step) {
        const QByteArray piece = input.mid(i, step);
        sink.fed += piece.size();
        framer.feed(piece, sink);
        if (sink.parser.state() == HttpRequestParser::State::Complete
            || sink.parser.state() == HttpRequestParser::State::Failed)
            break; // the channel answers at once and reads no further
    }
    return { sink.parser.state(), sink.parser.status(), sink.parser.name(), sink.parser.isHead(),
        sink.fedWhenTooLong };
}

QByteArray req(const QByteArray &target, const QByteArray &extra = QByteArray())
{
    return "GET " + target + " HTTP/1.0\r\n" + extra + "\r\n";
}

QByteArray repeated(char c, int n)
{
    return QByteArray(n, c);
}

} // namespace

class TestHttpRequest : public QObject
{
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
    void requestLineFailsFast();
    void pipelinedSecondRequestIgnored();
    void head();
    void resolveName_data();
    void resolveName();
};

void TestHttpRequest::cases_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name"); // checked for 200 only

    const QString none;
    // 19. malformed request lines
    QTest::newRow("19 HTTP/0.9 form") << QByteArray("GET /kongxx\r\n\r\n") << 400 << none;
    QTest::newRow("19 one word") << QByteArray("HELLO\r\n\r\n") << 400 << none;
    QTest::newRow("19 leading empty lines")
        << QByteArray("\r\n\r\nGET /a HTTP/1.0\r\n\r\n") << 200 << QStringLiteral("a");
    QTest::newRow("19 eight empty lines")
        << QByteArray(repeated('\n', 8) + req("/a")) << 200 << QStringLiteral("a");
    QTest::newRow("19 nine empty lines")
        << QByteArray(repeated('\n', 9) + req("/a")) << 400 << none;
    QTest::newRow("19 four fields") << QByteArray("GET /a b HTTP/1.0\r\n\r\n") << 400 << none;
    QTest::newRow("19 lowercase method") << QByteArray("get / HTTP/1.0\r\n\r\n") << 400 << none;
    QTest::newRow("19 HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << none;
    QTest::newRow("19 HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\n\r\n") << 505 << none;
    QTest::newRow("19 long minor") << QByteArray("GET / HTTP/1.99999999999\r\n\r\n") << 400 << none;
    QTest::newRow("19 FOO/1.0") << QByteArray("GET / FOO/1.0\r\n\r\n") << 400 << none;
    QTest::newRow("19 lowercase http") << QByteArray("GET / http/1.0\r\n\r\n") << 400 << none;
    QTest::newRow("19 tab separators") << QByteArray("GET\t/a\tHTTP/1.0\r\n\r\n") << 400 << none;
    QTest::newRow("19 double space") << QByteArray("GET  /a HTTP/1.0\r\n\r\n") << 400 << none;
    QTest::newRow("19 POST") << QByteArray("POST /x HTTP/1.0\r\n\r\n") << 405 << none;
    QTest::newRow("19 DELETE") << QByteArray("DELETE /x HTTP/1.0\r\n\r\n") << 405 << none;
    QTest::newRow("19 absolute form") << req("http://x/a") << 400 << none;
    QTest::newRow("19 asterisk") << req("*") << 400 << none;

    // 20. request-line length boundary ("GET /" + name + " HTTP/1.0" is 14 bytes + name)
    const int room = HttpRequestParser::MaxRequestLine - 14;
    QTest::newRow("20 line 8191") << req("/" + repeated('a', room - 1)) << 200
                                  << QString(room - 1, QLatin1Char('a'));
    QTest::newRow("20 line 8192") << req("/" + repeated('a', room)) << 200
                                  << QString(room, QLatin1Char('a'));
    QTest::newRow("20 line 8192 bare LF")
        << QByteArray("GET /" + repeated('a', room) + " HTTP/1.0\n\n") << 200
        << QString(room, QLatin1Char('a'));
    QTest::newRow("20 line 8193") << req("/" + repeated('a', room + 1)) << 414 << none;
    QTest::newRow("20 line 8193 bare LF")
        << QByteArray("GET /" + repeated('a', room + 1) + " HTTP/1.0\n\n") << 414 << none;
    QTest::newRow("20 9000 a") << req("/" + repeated('a', 9000)) << 414 << none;

    // 22. oversized headers
    QTest::newRow("22 9000-byte header")
        << req("/a", "X: " + repeated('b', 9000) + "\r\n") << 431 << none;
    QByteArray hundred, hundredOne;
    for (int i = 0; i < 100; ++i)
        hundred += "X-" + QByteArray::number(i) + ": v\r\n";
    hundredOne = hundred + "X-last: v\r\n";
    QTest::newRow("22 100 headers") << req("/a", hundred) << 200 << QStringLiteral("a");
    QTest::newRow("22 101 headers") << req("/a", hundredOne) << 431 << none;
    QByteArray big;
    for (int i = 0; i < 5; ++i)
        big += "X-" + QByteArray::number(i) + ": " + repeated('v', 7 * 1024) + "\r\n";
    QTest::newRow("22 5 x 7 KiB") << req("/a", big) << 431 << none;

    // 25. NUL and control bytes
    QTest::newRow("25 raw NUL") << req(QByteArray("/a\0b", 4)) << 400 << none;
    QTest::newRow("25 raw 0x01") << req("/a\x01"
                                        "b")
                                 << 400 << none;
    QTest::newRow("25 raw DEL") << req("/a\x7f") << 400 << none;
    QTest::newRow("25 %00") << req("/a%00b") << 400 << none;
    QTest::newRow("25 %1F") << req("/a%1Fb") << 400 << none;
    QTest::newRow("25 %7F") << req("/a%7F") << 400 << none;
    QTest::newRow("25 NUL in header") << req("/a", QByteArray("X: a\0b\r\n", 8)) << 400 << none;
    QTest::newRow("25 bare CR in line") << QByteArray("GET /a\rb HTTP/1.0\r\n\r\n") << 400 << none;
    QTest::newRow("25 CR CR LF") << QByteArray("GET /a HTTP/1.0\r\r\n\r\n") << 400 << none;
    // Issue 14 item 5: a header value is trimmed of spaces and tabs only; a CR, VT or FF at
    // its ends is a control byte like anywhere else (it used to be trimmed away: 200).
    QTest::newRow("25 CR CR LF in header") << req("/a", "X: ab\r\r\n") << 400 << none;
    QTest::newRow("25 VT at value end") << req("/a", "X: ab\x0b\r\n") << 400 << none;
    QTest::newRow("25 FF at value start") << req("/a", "X: \x0c"
                                                       "ab\r\n")
                                          << 400 << none;
    QTest::newRow("25 tab and space trimmed")
        << req("/a", "X: \t ab \t\r\n") << 200 << QStringLiteral("a");
    // C1 controls in the name are refused like C0 (%C2%85 is NEL, %C2%9B the 8-bit CSI).
    QTest::newRow("25 %C2%85") << req("/a%C2%85b") << 400 << none;
    QTest::newRow("25 %C2%9B") << req("/a%C2%9B") << 400 << none;
    QTest::newRow("25 %C2%80") << req("/%C2%80") << 400 << none;
    QTest::newRow("25 %C2%A0 kept") << req("/a%C2%A0") << 200 << QStringLiteral(u"a\u00A0");

    // 26. percent-encoding and UTF-8
    QTest::newRow("26 %zz") << req("/%zz") << 400 << none;
    QTest::newRow("26 trailing %") << req("/abc%") << 400 << none;
    QTest::newRow("26 %4") << req("/%4") << 400 << none;
    QTest::newRow("26 %FF%FE") << req("/%FF%FE") << 400 << none;
    QTest::newRow("26 overlong") << req("/%C0%AE") << 400 << none;
    QTest::newRow("26 surrogate") << req("/%ED%A0%80") << 400 << none;
    QTest::newRow("26 above U+10FFFF") << req("/%F4%90%80%80") << 400 << none;
    QTest::newRow("26 raw \\xff\\xfe") << req("/\xff\xfe") << 400 << none;
    QTest::newRow("26 UTF-8 escaped")
        << req("/%E5%BC%A0%E4%B8%89") << 200 << QStringLiteral(u"张三");
    QTest::newRow("26 UTF-8 lowercase escapes")
        << req("/%e5%bc%a0%e4%b8%89") << 200 << QStringLiteral(u"张三");
    QTest::newRow("26 UTF-8 raw") << req("/\xe5\xbc\xa0\xe4\xb8\x89") << 200
                                  << QStringLiteral(u"张三");
    QTest::newRow("26 BOM kept") << req("/%EF%BB%BFx") << 200 << QStringLiteral(u"\uFEFFx");

    // 27. XSS payloads: the parser passes the name through; escaping is the response's job
    QTest::newRow("27 raw script") << req("/<script>alert(1)</script>") << 404 << none;
    QTest::newRow("27 raw open tag")
        << req("/<script>alert(1)") << 200 << QStringLiteral("<script>alert(1)");
    QTest::newRow("27 escaped script")
        << req("/%3Cscript%3Ealert(1)%3C%2Fscript%3E") << 400 << none;
    QTest::newRow("27 quote") << req("/%22onmouseover=%22x") << 200
                              << QStringLiteral("\"onmouseover=\"x");
    QTest::newRow("27 apostrophe img") << req("/'%3E%3Cimg%20src=x%20onerror=alert(1)%3E") << 200
                                       << QStringLiteral("'><img src=x onerror=alert(1)>");
    QTest::newRow("27 &lt;") << req("/%26lt%3B") << 200 << QStringLiteral("&lt;");

    // 28. names that look like path traversal
    QTest::newRow("28 ..") << req("/..") << 400 << none;
    QTest::newRow("28 .") << req("/.") << 400 << none;
    QTest::newRow("28 %2e%2e") << req("/%2e%2e") << 400 << none;
    QTest::newRow("28 encoded slashes") << req("/..%2F..%2Fetc%2Fpasswd") << 400 << none;
    QTest::newRow("28 raw ../../etc/passwd") << req("/../../etc/passwd") << 404 << none;
    QTest::newRow("28 //etc") << req("//etc") << 404 << none;
    QTest::newRow("28 /a/b") << req("/a/b") << 404 << none;
    QTest::newRow("28 query ignored") << req("/a?x=<b>") << 200 << QStringLiteral("a");
    QTest::newRow("28 root greets the world") << req("/") << 200 << QString();
    QTest::newRow("28 root with query") << req("/?q=1") << 200 << QString();
    QTest::newRow("28 ...") << req("/...") << 200 << QStringLiteral("...");

    // 29. smuggling-shaped input
    QTest::newRow("29 GET with body")
        << QByteArray(req("/a", "Content-Length: 5\r\n") + "hello") << 400 << none;
    QTest::newRow("29 CL 0") << req("/a", "Content-Length: 0\r\n") << 200 << QStringLiteral("a");
    QTest::newRow("29 CL -1") << req("/a", "Content-Length: -1\r\n") << 400 << none;
    QTest::newRow("29 CL 1e9") << req("/a", "Content-Length: 1e9\r\n") << 400 << none;
    QTest::newRow("29 CL 2^64") << req("/a", "Content-Length: 18446744073709551616\r\n") << 400
                                << none;
    QTest::newRow("29 CL duplicate")
        << req("/a", "Content-Length: 0\r\nContent-Length: 0\r\n") << 400 << none;
    QTest::newRow("29 TE chunked") << req("/a", "Transfer-Encoding: chunked\r\n") << 400 << none;

    // 30. HTTP/1.1 details
    QTest::newRow("30 1.1 without Host") << QByteArray("GET /a HTTP/1.1\r\n\r\n") << 400 << none;
    QTest::newRow("30 1.1 with Host")
        << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\n") << 200 << QStringLiteral("a");
    QTest::newRow("30 duplicate Host")
        << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\nhost: y\r\n\r\n") << 400 << none;
    QTest::newRow("30 bare LF") << QByteArray("GET /a HTTP/1.0\n\n") << 200 << QStringLiteral("a");
    QTest::newRow("30 space before colon") << req("/a", "Host : x\r\n") << 400 << none;
    QTest::newRow("30 obs-fold") << req("/a", "X: a\r\n  b\r\n") << 400 << none;
    QTest::newRow("30 no colon") << req("/a", "Xyz\r\n") << 400 << none;
    QTest::newRow("30 seed S1") << QByteArray("GET /kongxx HTTP/1.0\r\nHost: x\r\n\r\n") << 200
                                << QStringLiteral("kongxx");
    QTest::newRow("30 curl-like") << QByteArray(
        "GET /kongxx HTTP/1.1\r\nHost: 127.0.0.1:8888\r\nUser-Agent: curl/7.88.1\r\n"
        "Accept: */*\r\n\r\n") << 200
                                  << QStringLiteral("kongxx");
}

void TestHttpRequest::cases()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QString, name);
    for (int chunk : { 0, 1, 2, 3 }) {
        const Outcome o = parse(input, chunk);
        const QByteArray where = "chunk size " + QByteArray::number(chunk);
        QVERIFY2(o.status == status,
            QByteArray(where + ": status " + QByteArray::number(o.status)).constData());
        const bool ok = status == 200 || status == 404;
        QVERIFY2(
            o.state == (ok ? HttpRequestParser::State::Complete : HttpRequestParser::State::Failed),
            where.constData());
        if (status == 200)
            QCOMPARE(o.name, name);
    }
}

// 21: a request line that never ends fails as soon as it passes the limit.
void TestHttpRequest::requestLineFailsFast()
{
    const QByteArray input = "GET /" + repeated('a', 100000);
    for (int chunk : { 0, 1, 1000 }) {
        const Outcome o = parse(input, chunk);
        QCOMPARE(o.state, HttpRequestParser::State::Failed);
        QCOMPARE(o.status, 414);
        QVERIFY(o.fedWhenTooLong > 0);
        QVERIFY(o.fedWhenTooLong <= HttpRequestParser::MaxFrame + (chunk ? chunk : 100005));
        if (chunk == 1)
            QCOMPARE(o.fedWhenTooLong, qint64(HttpRequestParser::MaxFrame + 1));
    }
    // A header line that never ends gives 431.
    const Outcome h = parse(req("/a").chopped(2) + "X: " + repeated('b', 20000), 1);
    QCOMPARE(h.status, 431);
}

// 29: only the first of two pipelined requests counts.
void TestHttpRequest::pipelinedSecondRequestIgnored()
{
    HttpRequestParser p;
    for (const QByteArray &line :
        QByteArray("GET /a HTTP/1.0\r\n\r\nGET /b HTTP/1.0\r\n\r\n").split('\n'))
        p.feedLine(line);
    QCOMPARE(p.state(), HttpRequestParser::State::Complete);
    QCOMPARE(p.name(), QStringLiteral("a"));
}

void TestHttpRequest::head()
{
    const Outcome o = parse("HEAD /kongxx HTTP/1.0\r\n\r\n", 0);
    QCOMPARE(o.status, 200);
    QVERIFY(o.head);
    QVERIFY(!parse(req("/kongxx"), 0).head);
}

void TestHttpRequest::resolveName_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QByteArray("/kongxx") << 200 << QStringLiteral("kongxx");
    QTest::newRow("plus stays") << QByteArray("/a+b") << 200 << QStringLiteral("a+b");
    QTest::newRow("space escape") << QByteArray("/a%20b") << 200 << QStringLiteral("a b");
    QTest::newRow("bidi passes") << QByteArray("/%E2%80%AEx") << 200 << QStringLiteral(u"\u202Ex");
    QTest::newRow("fragment") << QByteArray("/a#b") << 400 << QString();
    QTest::newRow("no slash") << QByteArray("a") << 400 << QString();
    QTest::newRow("%2F") << QByteArray("/a%2Fb") << 400 << QString();
}

void TestHttpRequest::resolveName()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QString, name);
    QString got;
    acw::HttpRejection why = acw::HttpRejection::DotSegment; // overwritten
    QCOMPARE(HttpRequestParser::resolveName(target, &got, &why), status);
    QCOMPARE(got, name);
    QCOMPARE(why == acw::HttpRejection::None, status == 200);
}

QTEST_APPLESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
