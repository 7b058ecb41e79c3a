#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

/// @short The interface language: translators, locale for money and dates, and the saved choice.
///
/// Switching installs the application's catalogue (":/i18n/carddesk_<lang>.qm")
/// and Qt's own (qtbase_<lang>) and sets the default QLocale; Qt then sends
/// QEvent::LanguageChange to every widget, which re-translates itself.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code;         ///< "fi"
        QString nativeName;   ///< "Suomi": shown untranslated, so anyone can find their own
        QString localeName;   ///< "fi_FI"
    };

    enum class Persistence {
        Remember,        ///< saved in QSettings for the next start
        ThisSessionOnly  ///< e.g. from --lang
    };

    static QList<Language> languages();
    static bool isSupported(const QString &code);

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The saved choice; else the system language when supported; else English.
    QString preferredLanguage() const;

    QString language() const;

    bool setLanguage(const QString &code, Persistence persistence = Persistence::Remember);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};
