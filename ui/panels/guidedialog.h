#pragma once

#include <QDialog>

namespace acw {

// "asynchat in 5 minutes": the ideas the workbench shows, in the user's language.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    static QString guideHtml();
};

} // namespace acw
