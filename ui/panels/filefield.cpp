#include "panels/filefield.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace acw {

FileField::FileField(const QString &placeholder, const QString &dialogTitle, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QToolButton(this))
    , m_title(dialogTitle)
{
    m_edit->setPlaceholderText(placeholder);
    m_edit->setClearButtonEnabled(true);
    m_browse->setText(QStringLiteral("…"));
    m_browse->setToolTip(dialogTitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FileField::changed);
    connect(m_browse, &QToolButton::clicked, this, [this] {
        // A file dialog only: the files are read by the engine when the server, client or
        // relay starts, so the window never waits on them.
        const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
        const QString picked = QFileDialog::getOpenFileName(
            this, m_title, start, tr("PEM files (*.pem *.crt *.key *.cer);;All files (*)"));
        if (!picked.isEmpty())
            setPath(picked);
    });
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

void FileField::setPath(const QString &path)
{
    m_edit->setText(path);
}

} // namespace acw
