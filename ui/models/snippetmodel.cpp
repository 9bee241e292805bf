#include "models/snippetmodel.h"

#include "framing/terminator.h"
#include "models/bytesformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStringEncoder>

namespace acw {

namespace {

const QString kFormat = QStringLiteral("asynchat-workbench-snippets");
constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024;

QSettings settings()
{
    return QSettings(QSettings::UserScope, QStringLiteral("asynchat-workbench"),
        QStringLiteral("asynchat-workbench"));
}

} // namespace

QStringList Snippet::encodings()
{
    QStringList names;
    for (const char *name : { "UTF-8", "GB18030", "Big5", "Shift_JIS", "ISO-8859-1", "UTF-16LE" }) {
        if (QStringEncoder(name).isValid())
            names << QString::fromLatin1(name);
    }
    return names;
}

QByteArray Snippet::bytes(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    QByteArray out;
    if (hex) {
        bool ok = false;
        out = bytesformat::parseInput(text, true, &ok);
        if (!ok)
            return fail(SnippetModel::tr("Hex needs pairs of digits, e.g. 68 69 0d 0a."));
    } else {
        QStringEncoder encoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (!encoder.isValid())
            return fail(SnippetModel::tr("Unknown encoding %1.").arg(encoding));
        // Escapes are bytes as written; the text between them goes through the encoding.
        static const QRegularExpression escape(QStringLiteral("\\\\(x[0-9a-fA-F]{2}|.)"));
        qsizetype at = 0;
        auto it = escape.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += encoder.encode(QStringView(text).mid(at, m.capturedStart() - at));
            bool ok = false;
            const QByteArray raw = Terminator::unescape(m.captured(0), &ok);
            if (!ok)
                return fail(
                    SnippetModel::tr("Unknown escape %1: use \\r \\n \\t \\0 \\\\ or \\xHH.")
                        .arg(m.captured(0)));
            out += raw;
            at = m.capturedEnd();
        }
        if (QStringView(text).mid(at).contains(QLatin1Char('\\')))
            return fail(SnippetModel::tr("A lone \\ at the end: write \\\\ for a backslash."));
        out += encoder.encode(QStringView(text).mid(at));
        if (encoder.hasError())
            return fail(SnippetModel::tr("Some characters cannot be written in %1.").arg(encoding));
    }
    if (!terminator.isEmpty()) {
        bool ok = false;
        const QByteArray t = Terminator::unescape(terminator, &ok);
        if (!ok)
            return fail(SnippetModel::tr("Bad terminator %1.").arg(terminator));
        out += t;
    }
    return out;
}

QJsonObject Snippet::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("text"), text },
        { QStringLiteral("hex"), hex }, { QStringLiteral("terminator"), terminator } };
    if (!hex)
        o.insert(QStringLiteral("encoding"), encoding);
    return o;
}

Snippet Snippet::fromJson(const QJsonObject &o, QString *error)
{
    Snippet s;
    if (!o.value(QStringLiteral("name")).isString()
        || !o.value(QStringLiteral("text")).isString()) {
        if (error)
            *error = SnippetModel::tr("a snippet needs a \"name\" and a \"text\"");
        return s;
    }
    s.name = o.value(QStringLiteral("name")).toString();
    s.text = o.value(QStringLiteral("text")).toString();
    s.hex = o.value(QStringLiteral("hex")).toBool();
    s.terminator = o.value(QStringLiteral("terminator")).toString();
    s.encoding = o.value(QStringLiteral("encoding")).toString(QStringLiteral("UTF-8"));
    return s;
}

SnippetModel::SnippetModel(QObject *parent) : QAbstractListModel(parent)
{
    const QSettings s = settings();
    const QVariant saved = s.value(QStringLiteral("snippets/library"));
    if (saved.isValid()) {
        QString error;
        m_snippets = fromJson(QJsonDocument::fromJson(saved.toByteArray()).array(), &error);
        return;
    }
    // First run: two examples, for the greeting server and a line protocol.
    Snippet get;
    get.name = SnippetModel::tr("HTTP GET /kongxx");
    get.text = QStringLiteral("GET /kongxx HTTP/1.0\\r\\n\\r\\n");
    Snippet hello;
    hello.name = SnippetModel::tr("hello + CRLF");
    hello.text = QStringLiteral("hello");
    hello.terminator = QStringLiteral("\\r\\n");
    m_snippets = { get, hello };
}

int SnippetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snippets.size());
}

QVariant SnippetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_snippets.size())
        return {};
    const Snippet &s = m_snippets.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        // The first nine have a shortcut (Ctrl+Alt+1..9): show its number.
        return index.row() < 9 ? QStringLiteral("%1  %2").arg(index.row() + 1).arg(s.name) : s.name;
    }
    if (role == Qt::ToolTipRole) {
        QString error;
        const QByteArray b = s.bytes(&error);
        return error.isEmpty() ? bytesformat::preview(b, 120) : error;
    }
    return {};
}

int SnippetModel::add(const Snippet &snippet)
{
    const int row = int(m_snippets.size());
    beginInsertRows({}, row, row);
    m_snippets.append(snippet);
    endInsertRows();
    save();
    return row;
}

void SnippetModel::replace(int row, const Snippet &snippet)
{
    if (row < 0 || row >= m_snippets.size() || m_snippets.at(row) == snippet)
        return;
    m_snippets[row] = snippet;
    emit dataChanged(index(row), index(row));
    save();
}

void SnippetModel::remove(int row)
{
    if (row < 0 || row >= m_snippets.size())
        return;
    beginRemoveRows({}, row, row);
    m_snippets.removeAt(row);
    endRemoveRows();
    save();
}

void SnippetModel::setSnippets(const QVector<Snippet> &snippets)
{
    beginResetModel();
    m_snippets = snippets;
    endResetModel();
    save();
}

QJsonArray SnippetModel::toJson() const
{
    QJsonArray array;
    for (const Snippet &s : m_snippets)
        array.append(s.toJson());
    return array;
}

QVector<Snippet> SnippetModel::fromJson(const QJsonArray &array, QString *error)
{
    QVector<Snippet> list;
    for (const QJsonValue &v : array) {
        QString why;
        const Snippet s = Snippet::fromJson(v.toObject(), &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
        list.append(s);
    }
    return list;
}

void SnippetModel::save() const
{
    QSettings s = settings();
    s.setValue(
        QStringLiteral("snippets/library"), QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

bool SnippetModel::exportFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QJsonObject root { { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), 1 }, { QStringLiteral("snippets"), toJson() } };
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

int SnippetModel::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return -1;
    }
    if (file.size() > kMaxImportBytes) {
        *error = SnippetModel::tr("the file is larger than 16 MiB");
        return -1;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (doc.isNull()) {
        *error = SnippetModel::tr("not JSON: %1").arg(parse.errorString());
        return -1;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat
        || !root.value(QStringLiteral("snippets")).isArray()) {
        *error = SnippetModel::tr("not a snippets file (no \"format\": \"%1\")").arg(kFormat);
        return -1;
    }
    QString why;
    const QVector<Snippet> list = fromJson(root.value(QStringLiteral("snippets")).toArray(), &why);
    if (!why.isEmpty()) {
        *error = why;
        return -1;
    }
    if (list.isEmpty())
        return 0;
    beginInsertRows({}, int(m_snippets.size()), int(m_snippets.size() + list.size() - 1));
    m_snippets += list;
    endInsertRows();
    save();
    return int(list.size());
}

} // namespace acw
