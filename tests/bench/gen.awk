# Generate a requirement set with N requirements (awk -v n=N -v id=ID),
# mapped to real CRA and BIO2 clauses, for the benchmarks.
BEGIN {
	srand(42);
	split("AI.P1.1 AI.P1.2a AI.P1.2b AI.P1.2c AI.P1.2d AI.P1.2e AI.P1.2f AI.P1.2g AI.P1.2h AI.P1.2i AI.P1.2j AI.P1.2k AI.P1.2l AI.P1.2m AI.P2.1 AI.P2.2 AI.P2.3 AI.P2.4 AI.P2.5 AI.P2.6 AI.P2.7 AI.P2.8", cra, " ");
	split("5.19.01 5.20.01 5.20.03 5.20.05 5.21.01 8.08.01 8.08.02 8.08.06 8.15.01 8.16.01 8.24.01 8.32.01 5.15.01 5.17.01 8.13.01", bio, " ");
	split("cloud hosting netwerk werkplek software", segs, " ");
	split("basis verhoogd hoog", levels, " ");
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
	printf "<requirement-set xmlns=\"urn:icoc:1\" id=\"%s\" version=\"2026.1\" xml:lang=\"nl\">\n", id;
	print "  <title>Benchmarkset</title><title xml:lang=\"en\">Benchmark set</title>";
	print "  <publisher>icoc benchmark</publisher><license>CC-BY-4.0</license>";
	print "  <uses catalogue=\"cra\"/><uses catalogue=\"bio2\"/>";
	print "  <levels><level id=\"basis\"><title>Basis</title></level><level id=\"verhoogd\"><title>Verhoogd</title></level><level id=\"hoog\"><title>Hoog</title></level></levels>";
	print "  <segments>";
	for (s = 1; s <= 5; s++)
		printf "    <segment id=\"%s\"><title>Segment %s</title></segment>\n", segs[s], segs[s];
	print "  </segments>";
	print "  <parameters><parameter id=\"termijn\" type=\"integer\" min=\"1\" max=\"90\" unit=\"days\" default=\"14\"><label>Termijn</label></parameter></parameters>";
	per = 50;
	for (i = 1; i <= n; i++) {
		if ((i - 1) % per == 0) {
			if (i > 1)
				print "  </group>";
			printf "  <group id=\"g%d\"><title>Groep %d: beveiligingsmaatregelen voor onderwerp %d</title>\n", i / per + 1, i / per + 1, i / per + 1;
		}
		s = segs[1 + int(rand() * 5)];
		l = levels[1 + int(rand() * 3)];
		kind = rand() < 0.8 ? "knockout" : "award";
		printf "    <requirement id=\"R-%06d\" segments=\"%s\" level=\"%s\" kind=\"%s\"%s applies-to=\"product\">\n", i, s, l, kind, kind == "award" ? " weight=\"3\"" : "";
		printf "      <title>Eis %d over het verhelpen en melden van kwetsbaarheden</title><title xml:lang=\"en\">Requirement %d on fixing and reporting vulnerabilities</title>\n", i, i;
		printf "      <statement>De leverancier verhelpt kwetsbaarheden van categorie %d binnen <param ref=\"termijn\"/> en meldt de maatregelen aan de opdrachtgever, met een beschrijving van de gevolgen voor de beschikbaarheid, integriteit en vertrouwelijkheid.</statement>\n", i;
		print "      <guidance>Verkort de termijn voor systemen die vanaf internet bereikbaar zijn; vraag om doorlooptijden van de afgelopen twaalf maanden.</guidance>";
		print "      <evidence>Beschrijving van het proces en een overzicht van de doorlooptijden.</evidence>";
		printf "      <map catalogue=\"cra\" clause=\"%s\"/><map catalogue=\"bio2\" clause=\"%s\"/>\n", cra[1 + (i % 22)], bio[1 + (i % 15)];
		print "    </requirement>";
	}
	print "  </group>";
	print "</requirement-set>";
}
