#include "panels/terminatoreditor.h"

#include "framing/terminatorpreview.h"
#include "models/bytesformat.h"
#include "panels/terminatorfield.h"
#include "workbench.h"

#include <QCheckBox>
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
    , m_rearm(new QCheckBox(tr("&Re-arm the count after every frame"), this))
    , m_field(new TerminatorField(this))
    , m_apply(new QPushButton(tr("&Apply to this connection"), this))
    , m_buffered(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    m_field->setObjectName(QStringLiteral("newTerminator"));
    m_field->setSpec(QStringLiteral("\\r\\n"));
    m_apply->setObjectName(QStringLiteral("applyTerminatorButton"));
    m_rearm->setObjectName(QStringLiteral("rearmCount"));
    m_rearm->setToolTip(tr("asynchat itself does not re-arm a count: once reached, the "
                           "terminator becomes none. Tick this for fixed-size frames."));
    m_current->setObjectName(QStringLiteral("currentTerminator"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buffered->setObjectName(QStringLiteral("terminatorHeldNow"));
    m_preview->setObjectName(QStringLiteral("terminatorPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    m_buffered->setWordWrap(true);
    auto *presets = new QComboBox(this);
    presets->setObjectName(QStringLiteral("terminatorPresets"));
    presets->addItem(tr("Presets…"));
    for (const char *spec : { "\\r\\n", "\\n", "\\r\\n\\r\\n", "\\0", "count:4", "none" })
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
    form->addRow(QString(), m_rearm);
    auto *note = new QLabel(tr("The new terminator takes effect at the next byte, as in "
                               "asynchat: bytes already collected stay collected and start the "
                               "next frame; a count counts only bytes that arrive after the "
                               "change; held-back bytes are framed again under the new "
                               "terminator. The preview below is computed from the "
                               "connection's real state by the framer's own code."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buffered);
    layout->addWidget(m_preview, 1);

    connect(m_field, &TerminatorField::changed, this, &TerminatorEditor::updatePreview);
    connect(m_rearm, &QCheckBox::toggled, this, &TerminatorEditor::updatePreview);
    connect(m_apply, &QPushButton::clicked, this, &TerminatorEditor::apply);
    setConnection(0, QString(), true);
}

void TerminatorEditor::setConnection(quint64 id, const QString &currentSpec, bool closed)
{
    if (id != m_id)
        m_state = ConnectionInspection();
    m_id = id;
    m_closed = closed;
    setCurrentSpec(currentSpec);
    updatePreview();
}

void TerminatorEditor::setCurrentSpec(const QString &spec)
{
    if (!m_id) {
        m_current->setText(tr("(no connection selected)"));
        return;
    }
    QString text = spec;
    if (m_state.found && m_state.id == m_id && m_state.countLeft >= 0)
        text += QLatin1Char(' ')
                + tr("(%n byte(s) still to come in this frame)", nullptr, int(m_state.countLeft));
    if (m_state.found && m_state.id == m_id && m_state.rearm)
        text += QLatin1Char(' ') + tr("(re-armed after every frame)");
    m_current->setText(text);
}

void TerminatorEditor::setRearm(bool on)
{
    m_rearm->setChecked(on);
}

void TerminatorEditor::setInspection(const ConnectionInspection &inspection)
{
    if (inspection.id != m_id || !inspection.found)
        return;
    if (inspection.pendingInput == m_state.pendingInput && inspection.heldBack == m_state.heldBack
        && inspection.pendingSize == m_state.pendingSize && inspection.armed == m_state.armed
        && inspection.countLeft == m_state.countLeft && inspection.rearm == m_state.rearm
        && inspection.frames == m_state.frames && m_state.found)
        return;
    m_state = inspection;
    setCurrentSpec(inspection.terminator);
    updatePreview();
}

bool TerminatorEditor::apply()
{
    if (!m_id || m_closed || !m_field->isValid() || m_field->isEmpty())
        return false;
    const Terminator t = m_field->terminator();
    m_workbench->setTerminator(m_id, t, t.isCount() && m_rearm->isChecked());
    return true;
}

QString TerminatorEditor::previewText() const
{
    return m_preview->toPlainText();
}

void TerminatorEditor::updatePreview()
{
    const bool valid = m_field->isValid() && !m_field->isEmpty();
    const Terminator next = valid ? m_field->terminator() : Terminator();
    m_rearm->setEnabled(valid && next.isCount());
    m_apply->setEnabled(m_id && !m_closed && valid);
    const bool known = m_id && m_state.found && m_state.id == m_id;
    const QString none = tr("none");
    if (!known) {
        m_buffered->setText(m_id ? tr("Waiting for the connection's state…") : QString());
        m_preview->setPlainText(QString());
        return;
    }
    m_buffered->setText(
        tr("The connection holds now: collected, not framed: %1 (%2); held back at the end "
           "of the last read (a possible start of the terminator): %3.")
            .arg(tr("%n byte(s)", nullptr, int(m_state.pendingSize)),
                m_state.pendingSize ? bytesformat::preview(m_state.pendingInput, 60) : none,
                m_state.heldBack.isEmpty()
                    ? none
                    : tr("%n byte(s)", nullptr, int(m_state.heldBack.size())) + QStringLiteral(" (")
                          + bytesformat::escaped(m_state.heldBack) + QLatin1Char(')')));
    if (!valid) {
        m_preview->setPlainText(QString());
        return;
    }
    TerminatorPreview::Input in;
    in.collected = m_state.pendingInput;
    in.collectedSize = m_state.pendingSize;
    in.heldBack = m_state.heldBack;
    in.next = next;
    in.rearm = next.isCount() && m_rearm->isChecked();
    in.maxFrame = m_state.maxFrame;
    const TerminatorPreview p = TerminatorPreview::predict(in);
    QStringList lines;
    if (p.overflow && p.frames.isEmpty() && next.isCount() && m_state.maxFrame >= 0
        && next.countValue() > m_state.maxFrame) {
        lines << tr("%1 is larger than this connection's maximum frame (%2): the change "
                    "would be refused.")
                     .arg(next.toSpec(), tr("%n byte(s)", nullptr, int(m_state.maxFrame)));
        m_preview->setPlainText(lines.join(QLatin1Char('\n')));
        return;
    }
    quint64 number = frameCount() + 1;
    for (const TerminatorPreview::Frame &f : p.frames) {
        lines << tr("frame %1 (%2), ended by %3, completes from the held-back bytes when the "
                    "next read arrives: %4")
                     .arg(number++)
                     .arg(tr("%n byte(s)", nullptr, int(f.size)), f.terminator.toSpec(),
                         bytesformat::preview(f.data, 100));
    }
    const QString start = p.collectedSize
                              ? tr("the %1 collected (%2)")
                                    .arg(tr("%n byte(s)", nullptr, int(p.collectedSize)),
                                        bytesformat::preview(p.collected, 60))
                              : tr("nothing collected yet");
    switch (p.terminator.kind()) {
    case Terminator::Kind::Count:
        lines << tr("frame %1 starts with %2 and ends after %3 more byte(s) arrive: %4 in all.")
                     .arg(number)
                     .arg(start)
                     .arg(p.bytesToNextFrame)
                     .arg(tr("%n byte(s)", nullptr, int(p.collectedSize + p.bytesToNextFrame)));
        lines << (in.rearm ? tr("After it, the same count frames every %1 bytes (re-armed).")
                                 .arg(next.countValue())
                           : tr("After it, the terminator becomes none (asynchat does not "
                                "re-arm a count): later bytes are collected, not framed."));
        break;
    case Terminator::Kind::Bytes:
        lines << tr("frame %1 starts with %2 and ends at the next %3 to arrive.")
                     .arg(number)
                     .arg(start, p.terminator.toSpec());
        break;
    case Terminator::Kind::None:
        lines << tr("No frame: with none every byte is collected as a stream (%1 now); "
                    "found_terminator() is never called.")
                     .arg(start);
        break;
    }
    if (!p.heldBack.isEmpty())
        lines << tr("held back: %1 (could be the start of %2)")
                     .arg(bytesformat::escaped(p.heldBack), p.terminator.toSpec());
    else
        lines << tr("held back: %1").arg(none);
    if (p.overflow)
        lines << tr("These bytes pass the maximum frame: the connection would report a frame "
                    "too long.");
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
}

quint64 TerminatorEditor::frameCount() const
{
    return m_state.frames;
}

} // namespace acw
