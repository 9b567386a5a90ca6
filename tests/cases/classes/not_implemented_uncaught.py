class Exporter:
    def export(self, data):
        raise NotImplementedError("subclasses must implement export()")

class CSVExporter(Exporter):
    def export(self, data):
        return ",".join(map(str, data))

class JSONExporter(Exporter):
    pass

for exporter in [CSVExporter(), JSONExporter()]:
    print(type(exporter).__name__, exporter.export([1, 2, 3]))
