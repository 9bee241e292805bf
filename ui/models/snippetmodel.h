#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

namespace acw {

// A named message, as NetAssist and Packet Sender keep them: text with escapes (\r \n \t \0
// \\ \xHH; other characters in the chosen encoding) or hex digits, and a terminator to append.
struct Snippet
{
    QString name;
    QString text;
    bool hex = false;
    QString terminator; // escaped bytes appended ("" none), e.g. \r\n
    QString encoding = QStringLiteral("UTF-8"); // text mode only

    // The bytes to send; on a bad escape, hex digit or encoding: empty, *error says why.
    QByteArray bytes(QString *error = nullptr) const;
    QJsonObject toJson() const;
    static Snippet fromJson(const QJsonObject &object, QString *error = nullptr);
    static QStringList encodings(); // those this Qt can encode
    bool operator==(const Snippet &o) const
    {
        return name == o.name && text == o.text && hex == o.hex && terminator == o.terminator
               && encoding == o.encoding;
    }
};

// The snippet library: kept in the settings (every change is saved at once), exported to
// and imported from a JSON file, and part of a workspace.
class SnippetModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SnippetModel(QObject *parent = nullptr); // loads the saved library

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Snippet &at(int row) const { return m_snippets.at(row); }
    const QVector<Snippet> &snippets() const { return m_snippets; }
    int add(const Snippet &snippet); // its row
    void replace(int row, const Snippet &snippet);
    void remove(int row);
    void setSnippets(const QVector<Snippet> &snippets);

    QJsonArray toJson() const;
    static QVector<Snippet> fromJson(const QJsonArray &array, QString *error);
    // Files: {"format": "asynchat-workbench-snippets", "version": 1, "snippets": [...]}.
    bool exportFile(const QString &path, QString *error) const;
    int importFile(const QString &path, QString *error); // appends; -1 on error, else count

private:
    void save() const;

    QVector<Snippet> m_snippets;
};

} // namespace acw
