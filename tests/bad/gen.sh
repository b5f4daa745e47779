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
# an FO nested 100 000 blocks deep, and one with 20 MB in one text node
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:layout-master-set><fo:simple-page-master master-name=\"A\"><fo:region-body/></fo:simple-page-master></fo:layout-master-set><fo:page-sequence master-reference=\"A\"><fo:flow flow-name=\"xsl-region-body\">";
	for (i = 0; i < 100000; i++) printf "<fo:block>";
	for (i = 0; i < 100000; i++) printf "</fo:block>";
	printf "</fo:flow></fo:page-sequence></fo:root>\n" }' > "$G/deep.fo"
{
	printf '<?xml version="1.0"?>\n<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format"><fo:layout-master-set><fo:simple-page-master master-name="A"><fo:region-body/></fo:simple-page-master></fo:layout-master-set><fo:page-sequence master-reference="A"><fo:flow flow-name="xsl-region-body"><fo:block>'
	head -c 20971520 /dev/zero | tr '\0' 'a'
	printf '</fo:block></fo:flow></fo:page-sequence></fo:root>\n'
} > "$G/huge-text.fo"
