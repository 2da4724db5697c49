import { describe, expect, it } from "vitest";
import { parseAmountText } from "./amount-text";

describe("parseAmountText: money as Swedes write it", () => {
  it.each([
    ["60000", "60000"],
    ["60 000", "60000"],
    ["60\u00a0000 kr", "60000"],
    ["60 000 kr", "60000"],
    ["60 000 kronor", "60000"],
    ["60 000,50", "60000.5"],
    ["60.000,50", "60000.5"],
    ["1.000.000", "1000000"],
    ["2 200 000 SEK", "2200000"],
    ["0,5 mkr", "500000"],
    ["1,25 miljoner", "1250000"],
    ["150 tkr", "150000"],
    ["916210.50", "916210.5"],
    ["-5", "-5"],
    ["60 000:-", "60000"],
  ])("reads %s as %s", (text, amount) => {
    expect(parseAmountText(text)).toBe(amount);
  });

  it.each(["", "abc", "1e5", "60 000 k", "5,5,5", "0,001", "12,345 kr,", "1 000 000 000 000 000"])("refuses %j", (text) => {
    expect(parseAmountText(text)).toBeNull();
  });
});
