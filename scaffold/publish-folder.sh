#!/bin/sh
# Publiserer nettstedet til en mappe: en webserver, et intranett eller et fellesområde.
#
#   sh ci/publish-folder.sh /srv/www/it-oversikt
#
# Kjør det fra roten av dette repoet med main sjekket ut, f.eks. fra cron etter «git pull», eller
# fra en CI-jobb på en runner på serveren. orden build skriver nettstedet i en mappe ved siden av
# og bytter det inn først når det er ferdig: besøkende ser aldri et halvferdig nettsted, og finner
# orden build feil, blir det forrige nettstedet stående.
#
# MAPPE må være nettstedets egen mappe (/srv/www/it-oversikt, ikke /srv/www): orden build erstatter
# hele mappen, og nekter derfor å skrive i en mappe som har filer den ikke har bygget selv.
set -eu

TARGET="${1:?bruk: sh ci/publish-folder.sh MAPPE}"
ORDEN="${ORDEN:-.orden/bin/orden}"

if [ ! -x "$ORDEN" ]; then
  sh ci/install-orden.sh
  ORDEN=.orden/bin/orden
fi
"$ORDEN" build --source . --output "$TARGET"
