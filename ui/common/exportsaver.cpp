#include "exportsaver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QLatin1StringView FolderKey("ui/exportFolder");
} // namespace

void ExportSaver::saveCsv(QWidget *parent, const QString &suggestedName, const QByteArray &bytes, const Done &done)
{
    ask(
        parent, suggestedName, QCoreApplication::translate("ExportSaver", "CSV files (*.csv)"),
        [bytes](const QString &path) { return writeBytes(path, bytes); }, done);
}

void ExportSaver::savePng(QWidget *parent, const QString &suggestedName, const QImage &image, const Done &done)
{
    ask(
        parent, suggestedName, QCoreApplication::translate("ExportSaver", "PNG images (*.png)"),
        [image](const QString &path) { return writeImage(path, image); }, done);
}

QFuture<QString> ExportSaver::writeBytes(const QString &path, const QByteArray &bytes)
{
    return QtConcurrent::run([path, bytes]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        if (file.write(bytes) != bytes.size())
            return file.errorString();
        if (!file.commit())
            return file.errorString();
        return QString();
    });
}

QFuture<QString> ExportSaver::writeImage(const QString &path, const QImage &image)
{
    return QtConcurrent::run([path, image]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        if (!image.save(&file, "PNG"))
            return QCoreApplication::translate("ExportSaver", "The image could not be encoded.");
        if (!file.commit())
            return file.errorString();
        return QString();
    });
}

void ExportSaver::ask(QWidget *parent, const QString &suggestedName, const QString &filter,
                      const std::function<QFuture<QString>(const QString &path)> &write, const Done &done)
{
    QString folder = QSettings().value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(parent, QCoreApplication::translate("ExportSaver", "Export"),
                                   QDir(folder).filePath(suggestedName), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QFileInfo(suggestedName).suffix());
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<QWidget> context = parent;
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [context, write, done](const QString &path) {
        QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
        QFuture<QString> future = write(path);
        QObject *receiver = context ? static_cast<QObject *>(context.data()) : qApp;
        future.then(receiver, [path, done](const QString &error) {
            if (done)
                done(path, error);
        });
    });
    dialog->open();
}
