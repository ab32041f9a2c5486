/**
 * Three 千牛 days of two agents, and the same file read by both of the CSV
 * readers (the byte lane, and the string parser a quote sends a file to), for
 * tests of lines around a table's rows.
 */
export const QN = "日期,旺旺,接待人数,询单人数,询单->最终付款人数,平均响应(秒)";
export const days = [
  "2026-09-01,棉语旗舰店:小美,40,20,8,21.5",
  "2026-09-02,棉语旗舰店:小美,30,10,5,18",
  "2026-09-01,棉语旗舰店:阿杰,50,25,10,30",
];

// A quote in the first line sends the whole file through the string parser instead of the byte lane.
const quoted = (csv: string) => csv.replace(/^[^\n,]*/, (first) => `"${first}"`);

/** Each reader's name, and the file as `ingestTemp` takes it for that reader. */
export const bothReaders = [false, true].map((viaStrings) => ({
  how: viaStrings ? "string parser" : "byte lane",
  file: (csv: string) => ({ "接待数据.csv": viaStrings ? quoted(csv) : csv }),
}));
