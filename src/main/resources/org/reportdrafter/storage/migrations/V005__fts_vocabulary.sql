-- Document counts of the index's tokens: similar-section suggestions pick the rarest character pairs.
CREATE VIRTUAL TABLE node_fts_vocab USING fts5vocab(node_fts, 'row');
