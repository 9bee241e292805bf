#pragma once
// Shared by the app tests: runs the built `asynchat-workbench serve` and real clients.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace acwtest {

// The built program with some arguments, started and stopped by the test; the port it
// listens on is read from the first line it prints.
class AppProcess
{
public:
    ~AppProcess() { stop(); }

    // Starts `program ARGS`; true once its first line names a port (the pattern's group 1).
    bool start(const QStringList &args, const QRegularExpression &portInFirstLine)
    {
        process.setProgram(program);
        process.setArguments(args);
        process.start();
        if (!process.waitForStarted(5000))
            return false;
        while (!output.contains('\n')) {
            if (!process.waitForReadyRead(10000))
                return false;
            output += process.readAllStandardOutput();
        }
        firstLine = QString::fromUtf8(output.left(output.indexOf('\n')));
        const QRegularExpressionMatch m = portInFirstLine.match(firstLine);
        port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
        return port != 0;
    }

    QByteArray readOutput()
    {
        output += process.readAllStandardOutput();
        return output;
    }

    void stop()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(2000);
        }
    }

    QString program = QStringLiteral(ACW_APP_PATH); // tests/app/package: the installed one
    QProcess process;
    quint16 port = 0;
    QString firstLine;
    QByteArray output;
};

// `asynchat-workbench serve --port 0 ARGS`.
class ServeProcess : public AppProcess
{
public:
    bool start(const QStringList &args)
    {
        static const QRegularExpression portPattern(QStringLiteral(":(\\d+)(?=[/ ]|$)"));
        return AppProcess::start(
            QStringList { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0") }
                + args,
            portPattern);
    }
};

// Runs a program to completion, `input` on its stdin; stdout, or a marker if it could not
// run (then exitCode is left as it was).
inline QByteArray run(const QString &program, const QStringList &args, int timeoutMs = 20000,
    int *exitCode = nullptr, QByteArray *stdErr = nullptr, const QByteArray &input = QByteArray())
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return "<" + program.toUtf8() + " did not start>";
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return "<timeout>";
    }
    if (exitCode)
        *exitCode = p.exitCode();
    if (stdErr)
        *stdErr = p.readAllStandardError();
    return p.readAllStandardOutput();
}

inline QString probeScript()
{
    return QStringLiteral(ACW_SOURCE_DIR "/tests/app/serve/probe.py");
}

// probe.py MODE PORT ARGS -> its JSON object (empty on failure, with the reason printed).
inline QJsonObject probe(
    const QString &mode, quint16 port, const QStringList &args, int timeoutMs = 30000)
{
    QByteArray err;
    const QByteArray out = run(QStringLiteral(ACW_PYTHON),
        QStringList { probeScript(), mode, QString::number(port) } + args, timeoutMs, nullptr,
        &err);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    if (o.isEmpty())
        qWarning("probe %s failed: %s %s", qPrintable(mode), out.constData(), err.constData());
    return o;
}

inline QByteArray latin1(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toLatin1();
}

// Python-style escaping of raw bytes for probe.py's unicode_escape decoding.
inline QString pyEscape(const QByteArray &bytes)
{
    QString s;
    for (char c : bytes) {
        const uchar u = uchar(c);
        if (u == '\\')
            s += QLatin1String("\\\\");
        else if (u >= 0x20 && u < 0x7f)
            s += QLatin1Char(c);
        else
            s += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return s;
}

inline QByteArray headerValue(const QByteArray &reply, const QByteArray &name)
{
    const QByteArray head = reply.left(reply.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return QByteArray();
}

inline QByteArray bodyOf(const QByteArray &reply)
{
    const qsizetype end = reply.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : reply.mid(end + 4);
}

} // namespace acwtest
