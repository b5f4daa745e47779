/*
 * libFuzzer target: any bytes as an icoc document of the kind named by
 * FUZZ_KIND at build time (1 set, 2 selection, 3 catalogue, 4 response,
 * 5 tender-FO), through the same loader and checks as `icoc validate`
 * and `icoc check` (which also reads CSV: 6).  Run with `make fuzz`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cat.h"
#include "csv.h"
#include "fo.h"
#include "resp.h"
#include "msg.h"
#include "path.h"
#include "sel.h"
#include "set.h"
#include "xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char file[] = "/tmp/icoc-fuzz-XXXXXX.xml";
static int ready;

static void
setup(void)
{
	int fd = mkstemps(file, 4);

	if (fd < 0)
		abort();
	close(fd);
	xml_init();
	path_init("icoc");
	path_add("tests/fixtures/sets");
	msg_set_stream(fopen("/dev/null", "w"));
	ready = 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *fp;
	int status, sys;

	if (!ready)
		setup();
	if ((fp = fopen(file, "wb")) == NULL)
		return 0;
	fwrite(data, 1, size, fp);
	fclose(fp);
#if FUZZ_KIND == 1
	set_free(set_load_file(file, &status));
#elif FUZZ_KIND == 2
	status = sel_check_file(file);
#elif FUZZ_KIND == 4
	resp_free(resp_load(file, &status));
#elif FUZZ_KIND == 5
	{
		xmlDocPtr doc = xml_load(file, &sys);
		if (doc != NULL) {
			fo_free(fo_build(doc));
			xmlFreeDoc(doc);
		}
	}
#elif FUZZ_KIND == 6
	{
		struct csv c;
		memset(&c, 0, sizeof c);
		csv_parse(&c, (const char *)data, size, "fuzz.csv");
		csv_release(&c);
	}
#else
	cat_free(cat_load_file(file, &sys));
#endif
	(void)status;
	(void)sys;
	return 0;
}
