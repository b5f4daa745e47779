#!/bin/sh
# Generate the large hostile inputs into $1 (not committed: they are big).
set -e
G=$1
mkdir -p "$G"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<catalogue xmlns="urn:icoc:1" id="c" version="1"><title>caf\303\251 \377\376 bad</title></catalogue>\n' > "$G/invalid-utf8.xml"
{
	printf '<?xml version="1.0"?>\n<catalogue xmlns="urn:icoc:1" id="c" version="1"><title>'
	head -c 20971520 /dev/zero | tr '\0' 'a'
	printf '</title></catalogue>\n'
} > "$G/huge-text.xml"
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<catalogue xmlns=\"urn:icoc:1\" id=\"c\" version=\"1\"><title>x</title>";
	for (i = 0; i < 100000; i++) printf "<clause id=\"c%d\">", i;
	for (i = 0; i < 100000; i++) printf "</clause>";
	printf "</catalogue>\n" }' > "$G/deep.xml"
head -c 4096 /dev/zero | tr '\0' ' ' > "$G/too-big.xml"
