#pragma once

#include <QWidget>

class QLabel;

namespace acw {

// Holds one label whose text follows the traffic (a count, a status line) and keeps its
// changes from relaying out the window.
//
// QLabel::setText always calls updateGeometry(), and Qt's layouts pass that up unchanged:
// QLayout::activate() ends with its widget's updateGeometry() whether or not a size hint
// changed, so the request climbs to the first widget without a layout. When that is a
// QTabWidget (the main tabs), it lays out its page again and repaints all of it: a count
// refreshed four times a second repainted the whole Connections tab four times a second
// (measured under a flood: ~3% of a core on the GUI thread, the window's largest cost).
//
// LabelHost has no layout. It places the label itself and tells its own parent only when
// the label now needs a different size (a longer count, a wrapped line more or less).
class LabelHost : public QWidget
{
    Q_OBJECT
public:
    // Takes `label` as its child (and the label's size policy as its own).
    explicit LabelHost(QLabel *label, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

    // Counted for the tests: label changes kept here, and those passed to the parent.
    quint64 keptChanges() const { return m_kept; }
    quint64 passedChanges() const { return m_passed; }

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Needs
    {
        QSize hint;
        QSize minimum;
        int heightForWidth = -1; // at the current width, for a word-wrapped label
        bool operator==(const Needs &o) const
        {
            return hint == o.hint && minimum == o.minimum && heightForWidth == o.heightForWidth;
        }
    };
    Needs measure() const;

    QLabel *m_label;
    Needs m_needs;
    quint64 m_kept = 0;
    quint64 m_passed = 0;
};

} // namespace acw
