#pragma once

#include <QByteArray>
#include <QString>

namespace acw {

// Why a request head was refused (or, NoSuchPage, not found): the window words it
// (ChannelFault::cause of ProtocolError). The wire gets only the status.
enum class HttpRejection {
    None,
    RequestLineTooLong, // 414
    HeaderLineTooLong, // 431
    HeadersTooLong, // 431
    TooManyHeaders, // 431
    TooManyEmptyLines,
    ControlByteInRequestLine,
    Http09,
    MalformedRequestLine,
    InvalidMethod,
    LowercaseMethod,
    MalformedVersion,
    UnsupportedVersion, // 505
    MethodNotAllowed, // 405
    NotAbsolutePath,
    HeaderWithoutColon,
    InvalidHeaderName,
    ControlByteInHeader,
    DuplicateHost,
    DuplicateContentLength,
    InvalidContentLength,
    BodyNotAccepted,
    TransferEncoding,
    MissingHost,
    NoSuchPage, // 404: more than one path segment
    Fragment,
    BadPercentEscape,
    NotUtf8,
    ControlCharacterInName,
    SlashInName,
    DotSegment,
};

// The greeting server's HTTP/1.0 request-head parser (reliability.md 2.C). No I/O: the
// channel frames lines on "\n" and feeds each one here (Boost.Asio's request_parser shape).
//
// Pinned decisions:
//  - a line may end in CRLF or a bare LF (RFC 9112 MAY): one trailing CR is stripped;
//    any other CR is a control byte -> 400;
//  - HTTP/0.9 is not served (400); well-formed versions other than 1.0/1.1 -> 505;
//  - a body is refused: Content-Length above 0, or any Transfer-Encoding -> 400;
//  - the name is the path without its leading slash; "/" greets the world;
//  - a leading BOM in the decoded name (U+FEFF) is kept, never dropped silently.
class HttpRequestParser
{
public:
    enum class State { RequestLine, Headers, Complete, Failed };

    static constexpr int MaxRequestLine = 8192; // bytes, without the line end -> 414
    static constexpr int MaxHeaderLine = 8192; // -> 431
    static constexpr int MaxHeaderSection = 32768; // header lines with their line ends -> 431
    static constexpr int MaxHeaders = 100; // -> 431
    static constexpr int MaxLeadingEmptyLines = 8;
    // The framer's limit for every line: the longest allowed line plus its CR.
    static constexpr int MaxFrame = MaxRequestLine + 1;

    // Feed one line without its "\n" (a trailing "\r" is allowed and stripped).
    State feedLine(const QByteArray &line);
    // The framer hit MaxFrame before a line end: 414 on the request line, else 431.
    State lineTooLong();

    State state() const { return m_state; }
    // Complete: 200 or 404. Failed: 400, 405, 414, 431 or 505.
    int status() const { return m_status; }
    HttpRejection rejection() const { return m_rejection; } // why, with status()
    bool isHead() const { return m_head; } // a HEAD request: answer without a body
    QString name() const { return m_name; } // Complete with 200: the decoded name
    bool sawRequestLine() const { return m_state != State::RequestLine; }

    // The name a request target greets: 200 with *name, 404 (raw multi-segment path), or
    // 400 with *why. Public so that the rules are tested on their own.
    static int resolveName(const QByteArray &target, QString *name, HttpRejection *why);

private:
    State parseRequestLine(const QByteArray &line);
    State parseHeader(const QByteArray &line);
    State finishHead();
    State fail(int status, HttpRejection why);

    State m_state = State::RequestLine;
    int m_status = 0;
    HttpRejection m_rejection = HttpRejection::None;
    QString m_name;
    QByteArray m_target;
    bool m_head = false;
    bool m_http11 = false;
    bool m_hasHost = false;
    bool m_hasContentLength = false;
    int m_emptyLines = 0;
    int m_headers = 0;
    int m_headerBytes = 0;
};

} // namespace acw
