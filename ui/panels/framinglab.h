#pragma once

#include "framing/framingcase.h"
#include "models/lablessons.h"
#include "models/labstepper.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QResizeEvent;
class QSpinBox;
class QSplitter;
class QStandardItemModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace acw {

// The Framing Lab: a stream, a terminator script, read sizes and live changes, framed by the
// one scripted framer (core/framing/scriptedframer.h) in the GUI thread. Step through reads
// and events, check that the frames do not depend on the chunking, export the setup as a
// case file for `frame --expect`, and follow the built-in lessons.
class FramingLab : public QWidget
{
    Q_OBJECT
public:
    explicit FramingLab(QWidget *parent = nullptr);

    // --- Loading ---
    void setInput(const QString &text, bool hex = false);
    void setScript(const QString &script);
    void setChunkSizes(const QString &sizes); // a list ("3,1"); empty: all at once
    void setChunkMode(labscript::ChunkMode mode, const QString &value = QString());
    void setChanges(const QString &changes);
    void setOverwrite(bool on);
    void setMaxFrame(qint64 bytes); // -1: unlimited
    void loadCase(const FramingCase &c);
    bool openCaseFile(const QString &path, QString *error = nullptr);
    bool exportCaseFile(const QString &path, QString *error = nullptr);
    // The current setup as a case, expecting what it gives now.
    bool currentCase(FramingCase *out, QString *error = nullptr) const;
    LabState state() const;
    void setState(const LabState &state);

    // --- Lessons ---
    int lessonCount() const { return int(m_lessons.size()); }
    void startLesson(int index); // -1: none
    // Checks the current lesson's exercise; true when solved. The result is shown.
    bool checkExercise();
    QString exerciseResult() const;

    // --- Stepping ---
    int stepCount() const { return m_stepper.stepCount(); }
    int currentStep() const { return m_step; }
    void setStep(int step);
    void setStepByRead(bool byRead);
    // The first step after `after` that holds an event of this kind; -1 if none.
    int findStep(TraceEvent::Kind kind, int after = -1) const;
    QString stepText() const; // the explanation and the state shown for the current step
    QString byteViewHtml() const;

    // --- Invariance ---
    void checkInvariance();
    QString invarianceVerdict() const;

    QStandardItemModel *frames() const { return m_frames; }
    QString summary() const;
    QString scriptError() const;

public slots:
    void recompute();
    // "Open in lab" from a connection: its received bytes, its real reads as the chunking,
    // its terminator script (first entry set before feeding) and the live changes made from
    // outside callbacks (bytes received when each was made, spec).
    void openCapture(const QByteArray &stream, const QList<qint64> &reads,
        const QStringList &script, const QList<QPair<qint64, QString>> &changes);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    QWidget *buildStepper();
    QWidget *buildInvariance();
    QWidget *buildLessonPane();
    void showStep();
    void openFileDialog();
    void openCaseDialog();
    void exportCaseDialog();
    void updateChunkField();
    bool collect(FramingCase *out, QString *error) const;

    LabStepper m_stepper;
    QList<LabLesson> m_lessons;
    int m_lesson = -1;
    int m_step = -1;

    QPlainTextEdit *m_input;
    QComboBox *m_inputMode;
    QLineEdit *m_script;
    QComboBox *m_presets;
    QLabel *m_scriptError;
    QComboBox *m_chunkMode;
    QLineEdit *m_chunkValue;
    QPushButton *m_newSeed;
    QLineEdit *m_changes;
    QSpinBox *m_maxFrame;
    QCheckBox *m_overwrite;
    QLabel *m_summary;
    QStandardItemModel *m_frames;
    QTableView *m_view;
    QTextBrowser *m_bytes;
    QPlainTextEdit *m_stepDetail;
    QSpinBox *m_stepBox;
    QLabel *m_stepOf;
    QComboBox *m_granularity;
    QCheckBox *m_hex;
    QSpinBox *m_randomRuns;
    QLabel *m_verdict;
    QWidget *m_sideBySide;
    QPlainTextEdit *m_reference;
    QPlainTextEdit *m_differing;
    QComboBox *m_lessonBox;
    QWidget *m_lessonPane;
    QSplitter *m_outer = nullptr; // the lab | the lesson
    QSplitter *m_views = nullptr; // the bytes | the step's explanation
    static constexpr int kSideBySideLesson = 900;
    static constexpr int kSideBySideDetail = 560;
    QTextBrowser *m_lessonText;
    QLabel *m_exerciseResult;
    QTimer *m_debounce;
};

} // namespace acw
