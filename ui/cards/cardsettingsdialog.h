#pragma once

#include "carddialog.h"

#include <QFuture>

class QLabel;
class QTimer;
class QTreeWidget;
struct ControlsPreview;

/// @short Edits a card's settings (controls or limits) and shows, before saving, what they would have declined.
///
/// While the agent edits, the last 90 days' transactions are judged
/// against the new settings on the database worker (debounced; stale
/// answers dropped). Save is offered only once the preview of exactly the
/// settings on screen is shown. Subclasses provide the editors, the
/// preview and save calls, and the words for a decline reason.
class CardSettingsDialog : public CardDialog
{
    Q_OBJECT

public:
    /// Whether the preview on screen is of the settings being edited (for tests and Save).
    bool previewCurrent() const;
    /// "These settings would have declined 3 of 57 purchases …", as shown.
    QString previewSummary() const;

protected:
    CardSettingsDialog(CardService *service, qint64 customerId, const Card &card,
                       const std::optional<Verification::Outcome> &verification, QWidget *parent);

    /// Puts the subclass's editors above the preview; call once from the subclass constructor.
    void setEditor(QWidget *editor, const QString &saveText);
    /// Call when the agent changed a setting: the preview is out of date until the next one arrives.
    void settingsEdited();

    /// Whether the editors hold the card's current settings yet (false while they load).
    virtual bool editable() const;
    /// What is wrong with the input, for the agent (empty: nothing).
    virtual QString inputProblem() const = 0;
    /// Whether the settings on screen are the card's current ones.
    virtual bool unchanged() const = 0;
    /// Whether the settings on screen open the card up (strong verification).
    virtual bool relaxes() const = 0;
    virtual QFuture<ControlsPreview> requestPreview() = 0;
    virtual QFuture<CommandResult> save() = 0;
    /// "online", "daily", … as the agent reads it.
    virtual QString declineReasonText(const QString &code) const = 0;

private:
    void runPreview();
    void showPreview(const ControlsPreview &preview);
    void submit();
    void updateAcceptable();

    QLabel *m_summary;
    QTreeWidget *m_declined;
    QPushButton *m_save;
    QTimer *m_debounce;
    quint64 m_edits = 0;          ///< bumped on every edit
    quint64 m_previewOf = 0;      ///< the edit the preview on screen belongs to
    bool m_previewShown = false;
    bool m_busy = false;
};
