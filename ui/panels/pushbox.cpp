#include "panels/pushbox.h"

#include "framing/terminator.h"
#include "models/bytesformat.h"
#include "workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acw {

PushBox::PushBox(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_mode(new QComboBox(this))
    , m_input(new QLineEdit(this))
    , m_appendTerminator(new QCheckBox(tr("+ terminator"), this))
    , m_push(new QPushButton(tr("&Push"), this))
    , m_closeWhenDone(new QPushButton(tr("Close when &done"), this))
    , m_error(new QLabel(this))
{
    m_mode->addItem(tr("Text"));
    m_mode->addItem(tr("Hex"));
    m_mode->setToolTip(tr("Text takes escapes: \\r \\n \\t \\0 \\\\ \\xHH"));
    m_input->setObjectName(QStringLiteral("pushInput"));
    m_input->setPlaceholderText(tr("Bytes to push, e.g. hello\\r\\n"));
    m_appendTerminator->setToolTip(tr("Append the connection's terminator when it is bytes"));
    m_push->setObjectName(QStringLiteral("pushButton"));
    m_closeWhenDone->setObjectName(QStringLiteral("closeWhenDoneButton"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Push:"), this));
    row->addWidget(m_mode);
    row->addWidget(m_input, 1);
    row->addWidget(m_appendTerminator);
    row->addWidget(m_push);
    row->addWidget(m_closeWhenDone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_push, &QPushButton::clicked, this, &PushBox::push);
    connect(m_input, &QLineEdit::returnPressed, this, &PushBox::push);
    connect(m_closeWhenDone, &QPushButton::clicked, this, &PushBox::closeWhenDone);
    connect(m_input, &QLineEdit::textChanged, m_error, &QLabel::hide);
    updateEnabled();
}

void PushBox::setConnection(quint64 id, bool closed, const QString &terminatorSpec)
{
    m_id = id;
    m_closed = closed;
    m_terminator = terminatorSpec;
    updateEnabled();
}

void PushBox::updateEnabled()
{
    const bool usable = m_id && !m_closed;
    m_push->setEnabled(usable);
    m_closeWhenDone->setEnabled(usable);
    m_input->setEnabled(usable);
}

bool PushBox::push()
{
    if (!m_id || m_closed)
        return false;
    bool ok = false;
    QByteArray bytes = bytesformat::parseInput(m_input->text(), m_mode->currentIndex() == 1, &ok);
    if (!ok) {
        m_error->setText(m_mode->currentIndex() == 1
                             ? tr("Hex needs pairs of digits, e.g. 68 69 0d 0a.")
                             : tr("Unknown escape: use \\r \\n \\t \\0 \\\\ or \\xHH."));
        m_error->show();
        return false;
    }
    if (m_appendTerminator->isChecked()) {
        const Terminator t = Terminator::parse(m_terminator);
        if (t.isBytes())
            bytes += t.byteString();
    }
    if (bytes.isEmpty())
        return false;
    m_workbench->push(m_id, bytes);
    m_input->clear();
    return true;
}

void PushBox::closeWhenDone()
{
    if (m_id && !m_closed)
        m_workbench->closeWhenDone(m_id);
}

} // namespace acw
