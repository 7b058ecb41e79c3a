#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// @short Shown while several conversations are selected: assign, close or tag them together.
class BulkActionBar : public QFrame
{
    Q_OBJECT

public:
    explicit BulkActionBar(QWidget *parent = nullptr);

    void setSelectedCount(int count);

Q_SIGNALS:
    void assignToMeRequested();
    void assignToAgentRequested();
    void assignToQueueRequested(const QString &queue);
    void closeRequested();
    void addTopicRequested(const QString &topic);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_count = 0;
    QLabel *m_label = nullptr;
    QPushButton *m_assignMe = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_topic = nullptr;
};
