#pragma once

#include "framing/terminator.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace acw {

// A terminator spec typed by the user ("\r\n", "count:5", "none"), checked as it is typed
// with the reason shown under it. Empty means "the default" where allowEmpty is set.
class TerminatorField : public QWidget
{
    Q_OBJECT
public:
    explicit TerminatorField(QWidget *parent = nullptr);

    void setAllowEmpty(bool allow, const QString &placeholder = {});
    void setSpec(const QString &spec);
    QString spec() const;
    bool isValid() const;
    bool isEmpty() const;
    Terminator terminator() const; // valid only when isValid() and not empty
    QLineEdit *lineEdit() const { return m_edit; }

    // The UI's wording of a parse error (the core only returns codes).
    static QString describe(Terminator::ParseError error);

signals:
    void changed();

private:
    void validate();

    QLineEdit *m_edit;
    QLabel *m_error;
    bool m_allowEmpty = false;
};

} // namespace acw
