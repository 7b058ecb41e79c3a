#pragma once

#include "common/messagebar.h"
#include "common/sectionframe.h"

#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QChartView;
class QPushButton;

/// @short A section whose table can be saved as CSV and whose chart as PNG, from buttons in its title row.
///
/// The section's content takes the height it is given (a table or a chart
/// grows with the window). The file name is suggested from fileBase(), so it
/// can carry the period shown. The outcome is reported by exported(), for
/// the page's message bar.
class ExportableSection : public SectionFrame
{
    Q_OBJECT

public:
    explicit ExportableSection(QWidget *parent = nullptr);

    /// The suggested file name without extension, asked each time an export starts.
    void setFileBase(const std::function<QString()> &fileBase);
    /// Adds "Export CSV…" for @p model (CsvExporter::fromModel, raw values).
    QPushButton *addCsvExport(QAbstractItemModel *model);
    /// Adds "Export CSV…" writing what @p source makes (for a table that is not flat).
    QPushButton *addCsvExport(const std::function<QByteArray()> &source);
    /// Adds "Save PNG…" for @p view (a chart view, or a widget holding several).
    QPushButton *addPngExport(QWidget *view);

    QPushButton *csvButton() const;
    QPushButton *pngButton() const;
    /// The CSV this section would export now.
    QByteArray csv() const;

Q_SIGNALS:
    void exported(const QString &message, MessageBar::Type type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void report(const QString &path, const QString &error);

    QPushButton *ensureCsvButton();

    std::function<QString()> m_fileBase;
    std::function<QByteArray()> m_csvSource;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QWidget> m_chart;
    QPushButton *m_csv = nullptr;
    QPushButton *m_png = nullptr;
};
