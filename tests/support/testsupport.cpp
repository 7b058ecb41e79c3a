#include "testsupport.h"

#include <QLocale>

namespace TestSupport {

void pinEnvironment()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

} // namespace TestSupport
