// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#include "uilanguage.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "baton.settings.language")

namespace Baton::Core {

static const char languageKey[] = "ui/language";

UiLanguage::UiLanguage(QObject *parent) : QObject(parent) {}

UiLanguage::~UiLanguage()
{
    if (m_baton)
        QCoreApplication::removeTranslator(m_baton.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString UiLanguage::resolve(const QString &preference, const QLocale &system)
{
    if (available().contains(preference))
        return preference;
    if (system.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = system.script() == QLocale::TraditionalChineseScript
                             || system.territory() == QLocale::Taiwan
                             || system.territory() == QLocale::HongKong
                             || system.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QString UiLanguage::preference() const
{
    const QString saved = QSettings().value(QLatin1String(languageKey)).toString();
    return available().contains(saved) ? saved : QString();
}

void UiLanguage::setPreference(const QString &preference)
{
    QSettings settings;
    if (available().contains(preference))
        settings.setValue(QLatin1String(languageKey), preference);
    else
        settings.remove(QLatin1String(languageKey));
    apply();
}

void UiLanguage::apply()
{
    // The first of the user's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), not the
    // number/date locale.
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    const QLocale system = uiLanguages.isEmpty() ? QLocale::system() : QLocale(uiLanguages.first());
    install(resolve(preference(), system));
}

void UiLanguage::install(const QString &language)
{
    if (language == m_current)
        return;
    if (m_baton)
        QCoreApplication::removeTranslator(m_baton.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_baton.reset();
    m_qt.reset();
    m_current = language;
    if (language != QLatin1String("en")) {
        auto baton = std::make_unique<QTranslator>();
        if (baton->load(QStringLiteral(":/i18n/baton_") + language + QStringLiteral(".qm"))) {
            QCoreApplication::installTranslator(baton.get());
            m_baton = std::move(baton);
        } else {
            qCWarning(lcLanguage) << "no Baton translation for" << language;
        }
        // Qt's own strings (standard dialogs, context menus).
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qt_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    Q_EMIT changed(language);
}

} // namespace Baton::Core
