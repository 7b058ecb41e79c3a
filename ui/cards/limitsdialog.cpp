#include "limitsdialog.h"

#include "common/displaytext.h"

#include "services/cardservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace {

/// Above this a "limit" is a typing mistake (minor units: 1,000,000.00).
constexpr qint64 LargestLimitMinor = 100000000;

} // namespace

LimitsDialog::LimitsDialog(CardService *service, qint64 customerId, const Card &card, const QString &currency,
                           const std::optional<Verification::Outcome> &verification, QWidget *parent)
    : CardSettingsDialog(service, customerId, card, verification, parent)
    , m_currency(currency.isEmpty() ? QStringLiteral("EUR") : currency)
{
    setObjectName(QStringLiteral("limitsDialog"));
    setWindowTitle(tr("Spending limits of %1").arg(DisplayText::lastFour(card.last4)));
    auto *editor = new QWidget(this);
    auto *intro = new QLabel(tr("Limits in %1, the account's currency. Leave a field empty for no limit. Lowering "
                                "a limit takes effect at once; raising or removing one needs strong verification.")
                                 .arg(m_currency),
                             editor);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    const struct
    {
        Field *field;
        const char *objectName;
        QString label;
        QString name;
    } fields[] = {
        {&m_perPurchase, "limitPerPurchase", tr("Per purchase:"), tr("the per-purchase limit")},
        {&m_daily, "limitDaily", tr("Per day:"), tr("the daily limit")},
        {&m_dailyCash, "limitDailyCash", tr("Cash per day:"), tr("the daily cash limit")},
    };
    for (const auto &f : fields) {
        f.field->edit = new QLineEdit(editor);
        f.field->edit->setObjectName(QString::fromLatin1(f.objectName));
        f.field->edit->setPlaceholderText(tr("No limit"));
        f.field->edit->setEnabled(false);
        f.field->name = f.name;
        auto *row = new QHBoxLayout;
        row->addWidget(f.field->edit, 1);
        auto *unit = new QLabel(m_currency, editor);
        unit->setProperty("role", QStringLiteral("muted"));
        row->addWidget(unit);
        form->addRow(f.label, row);
        connect(f.field->edit, &QLineEdit::textEdited, this, [this, field = f.field] {
            bool ok = true;
            parse(*field, &ok);
            field->edit->setProperty("invalid", !ok);
            field->edit->style()->unpolish(field->edit);
            field->edit->style()->polish(field->edit);
            settingsEdited();
        });
    }
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addLayout(form);
    setEditor(editor, tr("Save limits"));

    service->limits(card.id).then(this, [this](const CardLimits &limits) {
        m_before = limits;
        m_loaded = true;
        m_perPurchase.edit->setText(format(limits.perPurchaseMinor));
        m_daily.edit->setText(format(limits.dailyMinor));
        m_dailyCash.edit->setText(format(limits.dailyCashMinor));
        for (const Field *field : {&m_perPurchase, &m_daily, &m_dailyCash})
            field->edit->setEnabled(true);
        m_perPurchase.edit->setFocus();
        settingsEdited();
    });
}

QString LimitsDialog::format(const std::optional<qint64> &minor) const
{
    if (!minor)
        return QString();
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return *minor % 100 == 0 ? locale.toString(*minor / 100) : locale.toString(double(*minor) / 100.0, 'f', 2);
}

std::optional<qint64> LimitsDialog::parse(const Field &field, bool *ok) const
{
    *ok = true;
    QString text = field.edit->text();
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    if (text.isEmpty())
        return std::nullopt;
    // Either decimal mark; at most two decimals.
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression amount(QStringLiteral("^\\d{1,9}(\\.\\d{1,2})?$"));
    if (!amount.match(text).hasMatch()) {
        *ok = false;
        return std::nullopt;
    }
    const qint64 minor = qRound64(text.toDouble() * 100.0);
    if (minor > LargestLimitMinor) {
        *ok = false;
        return std::nullopt;
    }
    return minor;
}

CardLimits LimitsDialog::limits() const
{
    CardLimits limits;
    bool ok = true;
    limits.perPurchaseMinor = parse(m_perPurchase, &ok);
    limits.dailyMinor = parse(m_daily, &ok);
    limits.dailyCashMinor = parse(m_dailyCash, &ok);
    return limits;
}

bool LimitsDialog::editable() const
{
    return m_loaded;
}

QString LimitsDialog::inputProblem() const
{
    for (const Field *field : {&m_perPurchase, &m_daily, &m_dailyCash}) {
        bool ok = true;
        parse(*field, &ok);
        if (!ok)
            return tr("Write %1 as an amount in %2, for example 500 or 1250.50 (at most %3), or leave it empty "
                      "for no limit.")
                .arg(field->name, m_currency, DisplayText::money({LargestLimitMinor, m_currency}));
    }
    return QString();
}

bool LimitsDialog::unchanged() const
{
    return m_loaded && limits() == m_before;
}

bool LimitsDialog::relaxes() const
{
    return m_loaded && limits().relaxes(m_before);
}

QFuture<ControlsPreview> LimitsDialog::requestPreview()
{
    return service()->previewLimits(card().id, limits());
}

QFuture<CommandResult> LimitsDialog::save()
{
    return service()->setLimits(card().id, card().version, limits());
}

QString LimitsDialog::declineReasonText(const QString &code) const
{
    if (code == QLatin1String("per_purchase"))
        return tr("Per-purchase limit");
    if (code == QLatin1String("daily"))
        return tr("Daily limit");
    if (code == QLatin1String("daily_cash"))
        return tr("Daily cash limit");
    return code;
}
