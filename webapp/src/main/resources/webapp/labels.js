// Words users read for the publication types the server sends as labels ("in-submission").

const TYPE_NAMES = {
  conference: 'Conference paper', journal: 'Journal article', workshop: 'Workshop paper',
  preprint: 'Preprint', 'in-submission': 'In submission', 'technical-report': 'Technical report',
  patent: 'Patent', book: 'Book', chapter: 'Book chapter', thesis: 'Thesis', other: 'Other',
};

/** "Conference paper" for "conference"; unknown labels are shown as sent. */
export const typeName = (label) => (label ? TYPE_NAMES[String(label).toLowerCase()] ?? label : null);
