#include "models/labscript.h"

#include "messages.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace acw {
namespace labscript {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',');
}

// Why an entry is refused even though it would parse as bytes; empty if it is fine.
QString suspicious(const QString &entry)
{
    const QString lower = entry.toLower();
    if (entry.startsWith(QLatin1Char('"')) || entry.startsWith(QLatin1Char('\''))
        || entry.endsWith(QLatin1Char('"')) || entry.endsWith(QLatin1Char('\'')))
        return QCoreApplication::translate("LabScript",
            "no quotes around entries: write \\r\\n, not \"\\r\\n\" (a quote byte is \\x22)");
    if (lower.startsWith(QLatin1String("count")) && !entry.startsWith(QLatin1String("count:")))
        return QCoreApplication::translate(
            "LabScript", "a count is written count:N, in lower case (for example count:5)");
    if ((lower == QLatin1String("none") && entry != QLatin1String("none"))
        || lower == QLatin1String("null"))
        return QCoreApplication::translate(
            "LabScript", "no terminator is written none, in lower case");
    const qsizetype count = lower.indexOf(QLatin1String("count:"));
    if (count > 0)
        return QCoreApplication::translate("LabScript",
            "\"count:\" is run into other bytes: separate the entries with a space "
            "(\\r\\n count:4)");
    if (lower.size() > 4
        && (lower.endsWith(QLatin1String("none")) || lower.startsWith(QLatin1String("none"))))
        return QCoreApplication::translate(
            "LabScript", "\"none\" is run into other bytes: separate the entries with a space");
    return QString();
}

} // namespace

ScriptResult parseScript(const QString &text)
{
    ScriptResult result;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSeparator(text.at(i)))
            ++i;
        if (i >= text.size())
            break;
        const qsizetype start = i;
        while (i < text.size() && !isSeparator(text.at(i)))
            ++i;
        const QString entry = text.mid(start, i - start);
        QString error = suspicious(entry);
        Terminator t;
        if (error.isEmpty()) {
            Terminator::ParseError e = Terminator::ParseError::NoError;
            t = Terminator::parse(entry, &e);
            switch (e) {
            case Terminator::ParseError::NoError: break;
            case Terminator::ParseError::Empty:
                error = QCoreApplication::translate("LabScript", "empty entry");
                break;
            case Terminator::ParseError::BadEscape:
                error = QCoreApplication::translate("LabScript",
                    "unknown or incomplete escape (allowed: \\r \\n \\t \\0 \\\\ \\xHH)");
                break;
            case Terminator::ParseError::BadCount:
                error = QCoreApplication::translate("LabScript", "count:N needs a whole number");
                break;
            case Terminator::ParseError::NegativeCount:
                error = QCoreApplication::translate("LabScript", "a count must not be negative");
                break;
            case Terminator::ParseError::CountOverflow:
                error = QCoreApplication::translate("LabScript", "the count is too large");
                break;
            }
        }
        if (!error.isEmpty()) {
            result.error = error;
            result.badEntry = entry;
            result.position = start;
            result.script.clear();
            return result;
        }
        result.script << t;
    }
    if (result.script.isEmpty()) {
        result.error = QCoreApplication::translate(
            "LabScript", "enter at least one terminator (none for no terminator)");
        result.position = 0;
    }
    return result;
}

QString scriptText(const QList<Terminator> &script)
{
    QStringList specs;
    for (const Terminator &t : script) {
        QString spec = t.toSpec();
        spec.replace(QLatin1Char(' '), QLatin1String("\\x20"))
            .replace(QLatin1Char(','), QLatin1String("\\x2C"));
        specs << spec;
    }
    return specs.join(QLatin1Char(' '));
}

bool parseChanges(const QString &text, QList<TerminatorChange> *changes, QString *error)
{
    changes->clear();
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        TerminatorChange change;
        ChangeParseError why;
        if (!parseChange(item, &change, &why)) {
            *error = why.kind == ChangeParseError::Kind::BadTerminator
                         ? QCoreApplication::translate("LabScript", "live change \"%1\": %2")
                               .arg(item, messages::changeParseError(why))
                         : QCoreApplication::translate("LabScript",
                             "live change \"%1\": write BYTES:SPEC, for example 12:count:5")
                               .arg(item);
            return false;
        }
        *changes << change;
    }
    return true;
}

QString changesText(const QList<TerminatorChange> &changes)
{
    QStringList items;
    for (const TerminatorChange &c : changes)
        items << QStringLiteral("%1:%2").arg(c.at).arg(
            c.terminator.toSpec().replace(QLatin1Char(','), QLatin1String("\\x2C")));
    return items.join(QStringLiteral(", "));
}

QList<qint64> randomSizes(qint64 size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<qint64> sizes;
    for (qint64 left = size; left > 0;) {
        const qint64 n = std::min<qint64>(left, 1 + rng.bounded(8));
        sizes << n;
        left -= n;
    }
    return sizes;
}

bool chunkSizes(
    ChunkMode mode, const QString &value, qint64 inputSize, QList<qint64> *sizes, QString *error)
{
    sizes->clear();
    switch (mode) {
    case ChunkMode::AllAtOnce: return true;
    case ChunkMode::OneByte: sizes->append(1); return true;
    case ChunkMode::Fixed: {
        bool ok = false;
        const qint64 n = value.trimmed().toLongLong(&ok);
        if (!ok || n < 1) {
            *error = QCoreApplication::translate(
                "LabScript", "the read size is a whole number from 1");
            return false;
        }
        sizes->append(n);
        return true;
    }
    case ChunkMode::List:
        if (!parseChunkList(value, sizes) || sizes->isEmpty()) {
            *error = QCoreApplication::translate(
                "LabScript", "read sizes are whole numbers from 1, separated by commas (3,1,5)");
            return false;
        }
        return true;
    case ChunkMode::Random: {
        bool ok = false;
        const quint32 seed = value.trimmed().toUInt(&ok);
        if (!ok) {
            *error = QCoreApplication::translate("LabScript", "the seed is a whole number");
            return false;
        }
        *sizes = randomSizes(inputSize, seed);
        return true;
    }
    }
    return true;
}

QList<Preset> presets()
{
    return {
        { QCoreApplication::translate("LabScript", "HTTP request head (the seed's request)"),
            QStringLiteral("\\r\\n\\r\\n"),
            QStringLiteral("GET /kongxx HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n") },
        { QCoreApplication::translate("LabScript", "Line protocol (\\r\\n)"),
            QStringLiteral("\\r\\n"),
            QStringLiteral("HELO me\\r\\nMAIL FROM:<a@b>\\r\\nQUIT\\r\\n") },
        { QCoreApplication::translate("LabScript", "RESP bulk string ($5\\r\\nhello\\r\\n)"),
            QStringLiteral("\\r\\n count:5 \\r\\n"), QStringLiteral("$5\\r\\nhello\\r\\n") },
        { QCoreApplication::translate("LabScript", "Netstring (5:hello,)"),
            QStringLiteral(": count:5 \\x2C"), QStringLiteral("5:hello,") },
        { QCoreApplication::translate("LabScript", "Length header, then count:N"),
            QStringLiteral("\\r\\n count:12 \\r\\n"),
            QStringLiteral("LEN 12\\r\\nhello, world\\r\\nNEXT\\r\\n") },
    };
}

} // namespace labscript
} // namespace acw
