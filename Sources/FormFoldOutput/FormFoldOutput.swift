// The libxlsxwriter wrapper lives in Writer/; the workbooks FormFold writes, beside it.
