#include "panels/labelhost.h"

#include <QEvent>
#include <QLabel>

namespace acw {

LabelHost::LabelHost(QLabel *label, QWidget *parent) : QWidget(parent), m_label(label)
{
    label->setParent(this);
    label->show();
    setSizePolicy(label->sizePolicy());
    setObjectName(label->objectName() + QStringLiteral("Host"));
    m_needs = measure();
}

LabelHost::Needs LabelHost::measure() const
{
    Needs needs;
    needs.hint = m_label->sizeHint();
    needs.minimum = m_label->minimumSizeHint();
    if (m_label->hasHeightForWidth() && width() > 0) {
        needs.heightForWidth = m_label->heightForWidth(width());
        // A word-wrapped label takes the width it is given: its preferred width (which
        // follows the text's length) is not a reason to lay the window out again.
        needs.hint.setWidth(needs.minimum.width());
        needs.hint.setHeight(needs.heightForWidth);
    }
    return needs;
}

QSize LabelHost::sizeHint() const
{
    return m_needs.hint;
}

QSize LabelHost::minimumSizeHint() const
{
    return m_needs.minimum;
}

bool LabelHost::hasHeightForWidth() const
{
    return m_label->hasHeightForWidth();
}

int LabelHost::heightForWidth(int width) const
{
    return m_label->heightForWidth(width);
}

bool LabelHost::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        // The label's text (or font, or style) changed.
        const Needs needs = measure();
        if (needs == m_needs) {
            ++m_kept;
        } else {
            ++m_passed;
            m_needs = needs;
            updateGeometry();
        }
        m_label->setGeometry(rect());
        return true;
    }
    return QWidget::event(event);
}

void LabelHost::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_label->setGeometry(rect());
    const Needs needs = measure();
    if (!(needs == m_needs)) {
        m_needs = needs;
        updateGeometry(); // a wrapped label may need more lines at the new width
    }
}

} // namespace acw
