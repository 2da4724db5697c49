-- One folding rule for search (issue 10): bk_fold is generated from FOLD_TABLE in
-- packages/domain/src/search/fold.ts, the same table foldForSearch() folds the query with, so
-- "cacak" and "ČAČAK" find Čačak. packages/domain/src/search/fold-sql.test.ts requires the latest
-- migration that defines bk_fold to hold exactly foldFunctionSql(); change the table, add a migration.
CREATE OR REPLACE FUNCTION "bk_fold"(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(translate(coalesce(t, ''),
      U&'AÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎÆæBCÇçĆćĈĉĊċČčDĎďĐđÐðEÈÉÊËèéêëĒēĔĕĖėĘęĚěFGĜĝĞğĠġĢģǦǧHĤĥĦħIÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐJĴĵKĶķĸǨǩLĹĺĻļĽľĿŀŁłMNÑñŃńŅņŇňŉŊŋOÒÓÔÕÖòóôõöŌōŎŏŐőǑǒØøPQRŔŕŖŗŘřSŚśŜŝŞşŠšȘșſTŢţŤťȚțŦŧUÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔǕǖǗǘǙǚǛǜVWŴŵXYÝýÿŶŷŸZŹźŻżŽžǮǯ\0009\000a\000b\000c\000d\0085\00a0\1680\2000\2001\2002\2003\2004\2005\2006\2007\2008\2009\200a\2028\2029\202f\205f\3000‐‑‒–—―−‘’‚‛′´ʼ“”„‟″\00ad\200b\200c\200d\2060\feff\0300\0301\0302\0303\0304\0305\0306\0307\0308\0309\030a\030b\030c\030d\030e\030f\0310\0311\0312\0313\0314\0315\0316\0317\0318\0319\031a\031b\031c\031d\031e\031f\0320\0321\0322\0323\0324\0325\0326\0327\0328\0329\032a\032b\032c\032d\032e\032f\0330\0331\0332\0333\0334\0335\0336\0337\0338\0339\033a\033b\033c\033d\033e\033f\0340\0341\0342\0343\0344\0345\0346\0347\0348\0349\034a\034b\034c\034d\034e\034f\0350\0351\0352\0353\0354\0355\0356\0357\0358\0359\035a\035b\035c\035d\035e\035f\0360\0361\0362\0363\0364\0365\0366\0367\0368\0369\036a\036b\036c\036d\036e\036f',
      'aaaaaaaaaaaaaaaaaaaaaaabcccccccccccdddddddeeeeeeeeeeeeeeeeeeefggggggggggghhhhhiiiiiiiiiiiiiiiiiiiiijjjkkkkkklllllllllllmnnnnnnnnnnnnooooooooooooooooooooopqrrrrrrrsssssssssssstttttttttuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuvwwwxyyyyyyyzzzzzzzzz                        -------''''''''''''''"""""'), 'ß', 'ss'), 'ẞ', 'ss'), 'Œ', 'oe'), 'œ', 'oe'), 'Þ', 'th'), 'þ', 'th'), 'Ĳ', 'ij'), 'ĳ', 'ij'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st'),
    ' {2,}', ' ', 'g'), ' ')
$$;

-- The stored searchText columns were computed by the old bk_fold: writing a row computes them again.
UPDATE "Organisation" SET "name" = "name";
UPDATE "Project" SET "name" = "name";
UPDATE "Grant" SET "title" = "title";
