#include "exportablesection.h"

#include "chartstyle.h"

#include "common/csvexporter.h"
#include "common/exportsaver.h"

#include <QAbstractItemModel>
#include <QBoxLayout>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QPushButton>

ExportableSection::ExportableSection(QWidget *parent)
    : SectionFrame(parent)
{
    // The content (a table, a chart) takes the height; SectionFrame's closing stretch does not.
    if (auto *box = qobject_cast<QBoxLayout *>(layout()); box && box->count() >= 3) {
        box->setStretch(1, 1);
        box->setStretch(2, 0);
    }
    m_fileBase = [] { return QStringLiteral("carddesk-%1").arg(QDate::currentDate().toString(Qt::ISODate)); };
}

void ExportableSection::setFileBase(const std::function<QString()> &fileBase)
{
    m_fileBase = fileBase;
}

QPushButton *ExportableSection::addCsvExport(QAbstractItemModel *model)
{
    m_model = model;
    m_csvSource = nullptr;
    return ensureCsvButton();
}

QPushButton *ExportableSection::addCsvExport(const std::function<QByteArray()> &source)
{
    m_model = nullptr;
    m_csvSource = source;
    return ensureCsvButton();
}

QPushButton *ExportableSection::ensureCsvButton()
{
    if (!m_csv) {
        m_csv = new QPushButton(this);
        m_csv->setObjectName(QStringLiteral("exportCsv"));
        m_csv->setProperty("link", true);
        m_csv->setCursor(Qt::PointingHandCursor);
        addHeaderWidget(m_csv);
        connect(m_csv, &QPushButton::clicked, this, [this] {
            if (!m_model && !m_csvSource)
                return;
            ExportSaver::saveCsv(this, CsvExporter::fileName(m_fileBase(), QStringLiteral("csv")), csv(),
                                 [this](const QString &path, const QString &error) { report(path, error); });
        });
    }
    retranslateUi();
    return m_csv;
}

QPushButton *ExportableSection::addPngExport(QWidget *view)
{
    m_chart = view;
    if (!m_png) {
        m_png = new QPushButton(this);
        m_png->setObjectName(QStringLiteral("exportPng"));
        m_png->setProperty("link", true);
        m_png->setCursor(Qt::PointingHandCursor);
        addHeaderWidget(m_png);
        connect(m_png, &QPushButton::clicked, this, [this] {
            if (!m_chart)
                return;
            ExportSaver::savePng(this, CsvExporter::fileName(m_fileBase(), QStringLiteral("png")),
                                 ChartStyle::render(m_chart),
                                 [this](const QString &path, const QString &error) { report(path, error); });
        });
    }
    retranslateUi();
    return m_png;
}

QPushButton *ExportableSection::csvButton() const
{
    return m_csv;
}

QPushButton *ExportableSection::pngButton() const
{
    return m_png;
}

QByteArray ExportableSection::csv() const
{
    if (m_csvSource)
        return m_csvSource();
    return CsvExporter::fromModel(m_model).toUtf8();
}

void ExportableSection::report(const QString &path, const QString &error)
{
    if (error.isEmpty())
        emit exported(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Positive);
    else
        emit exported(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error), MessageBar::Error);
}

void ExportableSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    SectionFrame::changeEvent(event);
}

void ExportableSection::retranslateUi()
{
    if (m_csv) {
        m_csv->setText(tr("Export CSV…"));
        m_csv->setToolTip(tr("Save this table as a CSV file for a spreadsheet"));
    }
    if (m_png) {
        m_png->setText(tr("Save PNG…"));
        m_png->setToolTip(tr("Save this chart as an image"));
    }
}
