#pragma once

#include <QByteArray>
#include <QFuture>
#include <QImage>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

/// @short Saves an export (CSV bytes or a PNG image) where the user chooses, off the GUI thread.
///
/// save*() ask for the file with a window-modal QFileDialog (open(), no
/// nested event loop), remember the folder for next time, write the file on
/// a pool thread and report once, on the GUI thread, through @p done with
/// the path and an error (empty when all went well). Nothing is reported
/// when the user cancels. write*() skip the dialog (tests, scripted use).
class ExportSaver
{
public:
    using Done = std::function<void(const QString &path, const QString &error)>;

    static void saveCsv(QWidget *parent, const QString &suggestedName, const QByteArray &bytes, const Done &done);
    static void savePng(QWidget *parent, const QString &suggestedName, const QImage &image, const Done &done);

    /// Writes @p bytes to @p path (replacing it) on a pool thread; the future holds an error or nothing.
    static QFuture<QString> writeBytes(const QString &path, const QByteArray &bytes);
    static QFuture<QString> writeImage(const QString &path, const QImage &image);

private:
    static void ask(QWidget *parent, const QString &suggestedName, const QString &filter,
                    const std::function<QFuture<QString>(const QString &path)> &write, const Done &done);
};
