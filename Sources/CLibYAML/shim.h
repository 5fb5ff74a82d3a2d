// libyaml's parser for Swift: the content's YAML is read event by event, with no
// Foundation underneath (see YAMLNode.swift).
#ifndef CROSSROADS_CLIBYAML_SHIM_H
#define CROSSROADS_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
