// The libyaml API as Swift sees it: the flow loader reads its parse events.
#ifndef SIMGUIDE_CYAML_SHIM_H
#define SIMGUIDE_CYAML_SHIM_H
#include <yaml.h>
#endif
