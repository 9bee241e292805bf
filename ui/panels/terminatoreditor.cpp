#include "panels/terminatoreditor.h"

#include "engine/engine.h"
#include "models/bytesformat.h"
#include "models/labframer.h"
#include "panels/terminatorfield.h"
#include "workbench.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acw {

TerminatorEditor::TerminatorEditor(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_current(new QLabel(this))
    , m_field(new TerminatorField(this))
    , m_apply(new QPushButton(tr("&Apply to this connection"), this))
    , m_buffered(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    m_field->setObjectName(QStringLiteral("newTerminator"));
    m_field->setSpec(QStringLiteral("\\r\\n"));
    m_apply->setObjectName(QStringLiteral("applyTerminatorButton"));
    m_preview->setObjectName(QStringLiteral("terminatorPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    m_buffered->setWordWrap(true);
    auto *presets = new QComboBox(this);
    presets->addItem(tr("Presets…"));
    for (const char *spec : {"\\r\\n", "\\n", "\\r\\n\\r\\n", "\\0", "count:4", "none"})
        presets->addItem(QLatin1String(spec));
    connect(presets, &QComboBox::activated, this, [this, presets](int index) {
        if (index > 0)
            m_field->setSpec(presets->itemText(index));
        presets->setCurrentIndex(0);
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_field, 1);
    row->addWidget(presets);
    row->addWidget(m_apply);
    auto *form = new QFormLayout;
    form->addRow(tr("Current:"), m_current);
    form->addRow(tr("New:"), row);
    auto *note = new QLabel(tr("The new terminator takes effect at the next byte, as in "
                               "asynchat: bytes already collected stay collected. The preview "
                               "frames the bytes the connection holds now (collected and held "
                               "back) under the new terminator."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buffered);
    layout->addWidget(m_preview, 1);

    connect(m_field, &TerminatorField::changed, this, &TerminatorEditor::updatePreview);
    connect(m_apply, &QPushButton::clicked, this, &TerminatorEditor::apply);
    setConnection(0, QString(), true);
}

void TerminatorEditor::setConnection(quint64 id, const QString &currentSpec, bool closed)
{
    if (id != m_id) {
        m_pending.clear();
        m_heldBack.clear();
    }
    m_id = id;
    m_closed = closed;
    setCurrentSpec(currentSpec);
    updatePreview();
}

void TerminatorEditor::setCurrentSpec(const QString &spec)
{
    m_current->setText(m_id ? spec : tr("(no connection selected)"));
}

void TerminatorEditor::setInspection(const ConnectionInspection &inspection)
{
    if (inspection.id != m_id || !inspection.found)
        return;
    if (inspection.pendingInput == m_pending && inspection.heldBack == m_heldBack)
        return;
    m_pending = inspection.pendingInput;
    m_heldBack = inspection.heldBack;
    setCurrentSpec(inspection.terminator);
    updatePreview();
}

bool TerminatorEditor::apply()
{
    if (!m_id || m_closed || !m_field->isValid() || m_field->isEmpty())
        return false;
    m_workbench->engine()->setTerminator(m_id, m_field->terminator());
    return true;
}

QString TerminatorEditor::previewText() const
{
    return m_preview->toPlainText();
}

void TerminatorEditor::updatePreview()
{
    m_apply->setEnabled(m_id && !m_closed && m_field->isValid() && !m_field->isEmpty());
    m_buffered->setText(tr("Held now: %1 collected, %2 held back (%3).")
                            .arg(bytesformat::size(m_pending.size()),
                                 bytesformat::size(m_heldBack.size()),
                                 bytesformat::preview(m_pending + m_heldBack, 60)));
    if (!m_field->isValid() || m_field->isEmpty()) {
        m_preview->setPlainText(QString());
        return;
    }
    const LabResult r = frameBytes(m_pending + m_heldBack, {m_field->terminator()}, {}, -1, 200);
    QStringList lines;
    for (const LabFrame &f : r.frames)
        lines << tr("frame %1 (%2 bytes): %3").arg(f.index).arg(f.data.size())
                     .arg(bytesformat::preview(f.data, 100));
    if (r.frames.isEmpty())
        lines << tr("no frame would be found in these bytes");
    const QString none = tr("(none)");
    lines << tr("still collected: %1")
                 .arg(r.pending.isEmpty() ? none : bytesformat::preview(r.pending, 100));
    lines << tr("held back: %1")
                 .arg(r.heldBack.isEmpty() ? none : bytesformat::escaped(r.heldBack));
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace acw
