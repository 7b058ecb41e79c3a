#pragma once

// OpenResult is produced by storage and read by the UI; one definition.
#include "storage/openresult.h"
