#include "panels/terminatorfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace acw {

TerminatorField::TerminatorField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    m_edit->setToolTip(tr("Escaped bytes (\\r\\n, \\t, \\0, \\\\, \\xHH), count:N, or none"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        validate();
        emit changed();
    });
}

void TerminatorField::setAllowEmpty(bool allow, const QString &placeholder)
{
    m_allowEmpty = allow;
    m_edit->setPlaceholderText(placeholder);
    validate();
}

void TerminatorField::setSpec(const QString &spec)
{
    m_edit->setText(spec);
}

QString TerminatorField::spec() const
{
    return m_edit->text().trimmed();
}

bool TerminatorField::isEmpty() const
{
    return spec().isEmpty();
}

bool TerminatorField::isValid() const
{
    if (isEmpty())
        return m_allowEmpty;
    Terminator::ParseError error = Terminator::ParseError::NoError;
    Terminator::parse(spec(), &error);
    return error == Terminator::ParseError::NoError;
}

Terminator TerminatorField::terminator() const
{
    return Terminator::parse(spec());
}

QString TerminatorField::describe(Terminator::ParseError error)
{
    switch (error) {
    case Terminator::ParseError::NoError: return QString();
    case Terminator::ParseError::Empty: return tr("Type a terminator, or \"none\".");
    case Terminator::ParseError::BadEscape:
        return tr("Unknown escape: use \\r \\n \\t \\0 \\\\ or \\xHH.");
    case Terminator::ParseError::BadCount:
        return tr("count: needs a whole number, as in count:16.");
    case Terminator::ParseError::NegativeCount: return tr("A count cannot be negative.");
    case Terminator::ParseError::CountOverflow: return tr("That count is too large.");
    }
    return QString();
}

void TerminatorField::validate()
{
    QString message;
    if (!isEmpty()) {
        Terminator::ParseError error = Terminator::ParseError::NoError;
        Terminator::parse(spec(), &error);
        message = describe(error);
    } else if (!m_allowEmpty) {
        message = describe(Terminator::ParseError::Empty);
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_edit->setStyleSheet(
        message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b02020;"));
}

} // namespace acw
