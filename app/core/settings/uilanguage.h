// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Baton authors
#pragma once

// The language of Baton's user interface: follows the system locale unless the user chose one
// in the settings (`ui/language`). Applying a language installs Baton's and Qt's translators
// into the application, which sends QEvent::LanguageChange to every widget, so the interface
// changes at once, without a restart.

#include <QtCore/QLocale>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

class QTranslator;

namespace Baton::Core {

class UiLanguage : public QObject
{
    Q_OBJECT

public:
    explicit UiLanguage(QObject *parent = nullptr);
    ~UiLanguage() override;

    // The languages Baton is translated into: "en", "zh_CN", "zh_TW".
    static QStringList available();

    // The language shown for `preference` ("" or "system": follow `system`) on a system whose
    // locale is `system`: Traditional Chinese for zh_TW, zh_HK, zh_MO and zh_Hant, Simplified
    // Chinese for other Chinese locales, English otherwise.
    static QString resolve(const QString &preference, const QLocale &system);

    // The saved choice: "" (follow the system) or one of available().
    QString preference() const;

    // Saves the choice and applies it.
    void setPreference(const QString &preference);

    // Installs the translators for the saved choice (call once at start-up).
    void apply();

    // The language in effect after apply().
    QString current() const { return m_current; }

Q_SIGNALS:
    void changed(const QString &language);

private:
    void install(const QString &language);

    QString m_current;
    std::unique_ptr<QTranslator> m_baton;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Baton::Core
