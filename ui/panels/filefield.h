#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace acw {

// A file name typed or picked ("…" opens a file dialog; nothing is read here): the TLS
// certificate, key and CA fields of the server, client and relay forms.
class FileField : public QWidget
{
    Q_OBJECT
public:
    FileField(const QString &placeholder, const QString &dialogTitle, QWidget *parent = nullptr);

    QString path() const; // trimmed; empty: none
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    QLineEdit *m_edit;
    QToolButton *m_browse;
    QString m_title;
};

} // namespace acw
