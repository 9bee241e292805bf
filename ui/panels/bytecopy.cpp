#include "panels/bytecopy.h"

#include "models/copyformats.h"
#include "models/textbytemap.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextEdit>

namespace acw::bytecopy {

namespace {

// Lives as the view's child: its actions, and how to read the view's selection and menu.
class ByteCopy : public QObject
{
public:
    ByteCopy(QWidget *view, const TextByteMap *map, Fetch fetch,
        std::function<QTextCursor()> cursor, std::function<QMenu *(const QPoint &)> standard)
        : QObject(view)
        , m_view(view)
        , m_map(map)
        , m_fetch(std::move(fetch))
        , m_cursor(std::move(cursor))
        , m_standard(std::move(standard))
    {
        setObjectName(QStringLiteral("byteCopy"));
        add(QCoreApplication::translate("acw::ByteCopy", "Copy bytes as &hex"),
            QStringLiteral("copyAsHex"), &copyformats::hex);
        add(QCoreApplication::translate("acw::ByteCopy", "Copy bytes as &C string"),
            QStringLiteral("copyAsC"), &copyformats::cString);
        add(QCoreApplication::translate("acw::ByteCopy", "Copy bytes as &Python bytes"),
            QStringLiteral("copyAsPython"), &copyformats::pythonBytes);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
            QMenu *menu = this->menu(pos);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_view->mapToGlobal(pos));
        });
    }

    QByteArray selected() const { return selectedBytes(m_cursor(), *m_map, m_fetch); }

    QMenu *menu(const QPoint &pos)
    {
        QMenu *menu = m_standard(pos);
        menu->addSeparator();
        update();
        for (QAction *action : std::as_const(m_actions))
            menu->addAction(action);
        return menu;
    }

    // Enabled while the selection covers a byte (the view's selectionChanged).
    void update()
    {
        const bool any = !selected().isEmpty();
        for (QAction *action : std::as_const(m_actions))
            action->setEnabled(any);
    }

private:
    void add(const QString &label, const QString &name, QString (*format)(const QByteArray &))
    {
        auto *action = new QAction(label, m_view);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, format] {
            const QByteArray bytes = selected();
            if (!bytes.isEmpty())
                QApplication::clipboard()->setText(format(bytes));
        });
        action->setEnabled(false);
        m_actions.append(action);
    }

    QWidget *m_view;
    const TextByteMap *m_map;
    Fetch m_fetch;
    std::function<QTextCursor()> m_cursor;
    std::function<QMenu *(const QPoint &)> m_standard;
    QList<QAction *> m_actions;
};

} // namespace

QByteArray selectedBytes(const QTextCursor &cursor, const TextByteMap &map, const Fetch &fetch)
{
    if (!cursor.hasSelection())
        return {};
    QByteArray bytes;
    for (const TextByteMap::Run &run : map.runs(cursor.selectionStart(), cursor.selectionEnd()))
        bytes += fetch(run.stream, run.from, run.to);
    return bytes;
}

void install(QTextEdit *view, const TextByteMap *map, Fetch fetch)
{
    auto *copy = new ByteCopy(
        view, map, std::move(fetch), [view] { return view->textCursor(); },
        [view](const QPoint &pos) { return view->createStandardContextMenu(pos); });
    QObject::connect(view, &QTextEdit::selectionChanged, copy, &ByteCopy::update);
}

void install(QPlainTextEdit *view, const TextByteMap *map, Fetch fetch)
{
    auto *copy = new ByteCopy(
        view, map, std::move(fetch), [view] { return view->textCursor(); },
        [view](const QPoint &pos) { return view->createStandardContextMenu(pos); });
    QObject::connect(view, &QPlainTextEdit::selectionChanged, copy, &ByteCopy::update);
}

QMenu *contextMenu(QWidget *view, const QPoint &pos)
{
    // ByteCopy has no meta-object of its own: found by name, only it has this one.
    QObject *copy
        = view->findChild<QObject *>(QStringLiteral("byteCopy"), Qt::FindDirectChildrenOnly);
    return copy ? static_cast<ByteCopy *>(copy)->menu(pos) : nullptr;
}

} // namespace acw::bytecopy
