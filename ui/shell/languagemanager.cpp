#include "languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace {
const QLatin1StringView SettingsKey("ui/language");
} // namespace

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("en_GB")},
        {QStringLiteral("fi"), QStringLiteral("Suomi"), QStringLiteral("fi_FI")},
        {QStringLiteral("sv"), QStringLiteral("Svenska"), QStringLiteral("sv_SE")},
        {QStringLiteral("nb"), QStringLiteral("Norsk bokmål"), QStringLiteral("nb_NO")},
    };
}

bool LanguageManager::isSupported(const QString &code)
{
    for (const Language &language : languages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QString LanguageManager::preferredLanguage() const
{
    const QString saved = QSettings().value(SettingsKey).toString();
    if (isSupported(saved))
        return saved;
    QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (system == QLatin1StringView("no") || system == QLatin1StringView("nn"))
        system = QStringLiteral("nb");
    return isSupported(system) ? system : QStringLiteral("en");
}

QString LanguageManager::language() const
{
    return m_language;
}

bool LanguageManager::setLanguage(const QString &code, Persistence persistence)
{
    const QList<Language> all = languages();
    const auto it = std::find_if(all.begin(), all.end(), [&code](const Language &l) { return l.code == code; });
    if (it == all.end())
        return false;

    if (persistence == Persistence::Remember)
        QSettings().setValue(SettingsKey, code);
    if (code == m_language)
        return true;

    const QLocale locale(it->localeName);
    QLocale::setDefault(locale);

    auto appTranslator = std::make_unique<QTranslator>();
    const bool appLoaded = appTranslator->load(QStringLiteral(":/i18n/carddesk_%1.qm").arg(code));
    auto qtTranslator = std::make_unique<QTranslator>();
    bool qtLoaded = qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qtLoaded) {
        // Debian has no qtbase catalogue for sv or nb: use our own for the
        // wizard buttons, dialog buttons and editor menus.
        qtLoaded = qtTranslator->load(QStringLiteral(":/i18n/qtbase_supplement_%1.qm").arg(code));
    }

    bool changed = false;
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        changed = true;
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        changed = true;
    }
    m_appTranslator.reset();
    m_qtTranslator.reset();
    if (appLoaded && !appTranslator->isEmpty()) {
        m_appTranslator = std::move(appTranslator);
        QCoreApplication::installTranslator(m_appTranslator.get());
        changed = true;
    }
    if (qtLoaded) {
        m_qtTranslator = std::move(qtTranslator);
        QCoreApplication::installTranslator(m_qtTranslator.get());
        changed = true;
    }
    if (!changed && !m_language.isEmpty()) {
        // No catalogue changed (e.g. two untranslated languages), but the
        // locale did: let widgets re-format money and dates.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }

    m_language = code;
    emit languageChanged(code);
    return true;
}
