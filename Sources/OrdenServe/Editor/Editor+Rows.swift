import Foundation
import FrontMatter
import OrdenModel
import OrdenSite

/// A list of groups in the form (a system's integrations, a processing activity's legal bases
/// and processors, a dataset's distributions): a fieldset per item with a control per field and
/// a box to remove it, and an empty one to add another. Without the script a save adds one
/// item at a time; with it, "Legg til" adds as many empty rows as wanted.
extension Editor {
    /// The rows to show: from the submission when the form is shown again after a refused save
    /// (less the empty row it had for adding one, which is shown again anyway), else the file's.
    func rows(_ key: String, subFields: [FieldSpec], current: YAMLNode?, values: [String: [String]]?) -> [RecordForm.SubmittedRow] {
        if let values, values["r." + key] != nil {
            return RecordForm.submittedRows(values, key: key).filter { row in
                row.removed || !row.values.values.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            }
        }
        return (current?.items ?? []).enumerated().map { number, item in
            var row = RecordForm.SubmittedRow(number: number)
            for sub in subFields {
                guard let node = item[sub.key] else { continue }
                row.values[sub.key] = node.text ?? (node.items ?? []).compactMap(\.text).joined(separator: "\n")
            }
            return row
        }
    }

    func rowsHTML(_ field: FieldSpec, subFields: [FieldSpec], label: String, current: YAMLNode?, values: [String: [String]]?,
                  attributes: String, suggestions: Suggestions) -> String {
        let key = field.key
        let rows = rows(key, subFields: subFields, current: current, values: values)
        let next = (rows.map(\.number).max() ?? -1) + 1
        var html = "<fieldset class=\"editor-rows\" id=\"rader-\(escape(key))\" data-next=\"\(next + 1)\"\(attributes)><legend>\(escape(label))</legend>\n"
        html += "<input type=\"hidden\" name=\"r.\(escape(key))\" value=\"1\">\n"
        func rowHTML(_ row: RecordForm.SubmittedRow, legend: String, removable: Bool) -> String {
            var html = "<fieldset class=\"editor-row\" data-row=\"\(row.number)\"><legend>\(escape(legend))</legend>\n"
            for sub in subFields {
                let name = "r.\(key).\(row.number).\(sub.key)"
                let id = "r-\(key)-\(row.number)-\(sub.key)"
                let value = row.values[sub.key] ?? ""
                if case .lines = RecordForm.control(for: sub.type) {
                    html += "<p><label for=\"\(escape(id))\">\(escape(fieldLabel(sub)))</label><br>\n<textarea id=\"\(escape(id))\" name=\"\(escape(name))\" rows=\"2\">\(escape(value))</textarea><br><small>\(escape(text[.editor.linesHint]))</small></p>\n"
                } else {
                    html += "<p>" + control(sub.type, name: name, id: id, label: fieldLabel(sub), value: value, attributes: "", suggestions: suggestions) + "</p>\n"
                }
            }
            if removable {
                let id = "r-\(key)-\(row.number)-fjern"
                html += "<p><input type=\"checkbox\" id=\"\(escape(id))\" name=\"r.\(escape(key)).\(row.number).\(RecordForm.removeMark)\" value=\"1\"\(row.removed ? " checked" : "")> <label for=\"\(escape(id))\">\(escape(text[.editor.removeRow]))</label></p>\n"
            }
            return html + "</fieldset>\n"
        }
        for (index, row) in rows.enumerated() {
            html += rowHTML(row, legend: "\(label) \(index + 1)", removable: true)
        }
        html += rowHTML(RecordForm.SubmittedRow(number: next), legend: text(.editor.newRow, ["field": label]), removable: false)
        // Shown by the script, which is what makes it work.
        html += "<p><button type=\"button\" class=\"editor-add\" data-rows=\"rader-\(escape(key))\" hidden>\(escape(text(.editor.addRow, ["field": label])))</button></p>\n"
        html += helpHTML(field) + "</fieldset>\n"
        return html
    }

    /// The script's part for rows: "Legg til" copies the empty row with the next number.
    static let rowsScript = """
          form.querySelectorAll('button.editor-add').forEach(button => {
            const box = document.getElementById(button.dataset.rows);
            if (!box) return;
            button.hidden = false;
            button.addEventListener('click', () => {
              const rows = box.querySelectorAll('fieldset.editor-row');
              const last = rows[rows.length - 1];
              const from = last.dataset.row, to = box.dataset.next;
              box.dataset.next = String(Number(to) + 1);
              const copy = last.cloneNode(true);
              copy.dataset.row = to;
              const renumber = value => value.replace('-' + from + '-', '-' + to + '-').replace('.' + from + '.', '.' + to + '.');
              copy.querySelectorAll('[name], [id], [for], [list]').forEach(e => {
                for (const attribute of ['name', 'id', 'for', 'list']) {
                  if (e.hasAttribute(attribute)) e.setAttribute(attribute, renumber(e.getAttribute(attribute)));
                }
                if (e.matches('input, textarea')) e.value = '';
                if (e.matches('select')) e.selectedIndex = 0;
              });
              last.after(copy);
              const first = copy.querySelector('input, select, textarea');
              if (first) first.focus();
            });
          });

        """
}
