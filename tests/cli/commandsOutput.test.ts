import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, fixture } from './support.js';

/** Exact output of every command on the fixtures: text and Markdown whole, JSON by its fields. */
const parse = (text: string) => JSON.parse(text) as Record<string, unknown>;
const omit = (data: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));

describe('tinh-gon check: exact output', () => {
  it("check: a valid structure, in English", async () => {
    expect(await cli(["check", fixture("structure.json"), "--as-of", "2020-06-01", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `As of 2020-06-01

Structure check: 31 units
─────────────────────────
Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: ``,
    });
  });

  it("check: a valid structure, Markdown", async () => {
    expect(await cli(["check", fixture("structure.json"), "--as-of", "2020-06-01", "--format", "md"])).toEqual({
      code: 0,
      stdout: `_Ngày áp dụng: 2020-06-01_

## Kiểm tra cơ cấu: 31 đơn vị

**Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin**
`,
      stderr: ``,
    });
  });

  it("check: errors after 2025-07-01, three lines shown", async () => {
    expect(await cli(["check", fixture("structure.json"), "--as-of", "2025-07-01", "--limit", "3"])).toEqual({
      code: 1,
      stdout: `Ngày áp dụng: 2025-07-01

Kiểm tra cơ cấu: 31 đơn vị
──────────────────────────
Không hợp lệ: 19 lỗi, 7 cảnh báo, 0 thông tin
  ✗ kind_not_in_force: Không còn đơn vị loại thành phố thuộc tỉnh (cấp huyện) vào ngày 2025-07-01, nhưng Thành phố Cẩm Phả (tp-cp) vẫn hiệu lực [căn cứ: Điều 110, 203/2025/QH15]
  ✗ kind_not_in_force: Không còn đơn vị loại huyện (cấp huyện) vào ngày 2025-07-01, nhưng Huyện Vân Đồn (h-vd) vẫn hiệu lực [căn cứ: Điều 110, 203/2025/QH15]
  ✗ kind_not_in_force: Không còn đơn vị loại huyện (cấp huyện) vào ngày 2025-07-01, nhưng Huyện Tiên Yên (h-tm) vẫn hiệu lực [căn cứ: Điều 110, 203/2025/QH15]
  … và 23 vấn đề khác không hiển thị
`,
      stderr: ``,
    });
  });

  it("check: errors after 2025-07-01, English", async () => {
    expect(await cli(["check", fixture("structure.json"), "--as-of", "2025-07-01", "--limit", "1", "--lang", "en"])).toEqual({
      code: 1,
      stdout: `As of 2025-07-01

Structure check: 31 units
─────────────────────────
Not valid: 19 errors, 7 warnings, 0 info
  ✗ kind_not_in_force: Units of kind provincial city (district level) do not exist on 2025-07-01, yet Thành phố Cẩm Phả (tp-cp) is in force [basis: 203/2025/QH15, Art. 110]
  … and 25 more issues not shown
`,
      stderr: ``,
    });
  });

  it("check: Markdown with a limit, English", async () => {
    expect(await cli(["check", fixture("structure.json"), "--as-of", "2025-07-01", "--limit", "2", "--format", "md", "--lang", "en"])).toEqual({
      code: 1,
      stdout: `_As of 2025-07-01_

## Structure check: 31 units

**Not valid: 19 errors, 7 warnings, 0 info**

- ✗ \`kind_not_in_force\`: Units of kind provincial city (district level) do not exist on 2025-07-01, yet Thành phố Cẩm Phả (tp-cp) is in force (basis: 203/2025/QH15, Art. 110)
- ✗ \`kind_not_in_force\`: Units of kind rural district (district level) do not exist on 2025-07-01, yet Huyện Vân Đồn (h-vd) is in force (basis: 203/2025/QH15, Art. 110)
- … and 24 more not shown
`,
      stderr: ``,
    });
  });

  it("check: Markdown with a limit, Vietnamese", async () => {
    expect(await cli(["check", fixture("structure.json"), "--as-of", "2025-07-01", "--limit", "2", "--format", "md"])).toEqual({
      code: 1,
      stdout: `_Ngày áp dụng: 2025-07-01_

## Kiểm tra cơ cấu: 31 đơn vị

**Không hợp lệ: 19 lỗi, 7 cảnh báo, 0 thông tin**

- ✗ \`kind_not_in_force\`: Không còn đơn vị loại thành phố thuộc tỉnh (cấp huyện) vào ngày 2025-07-01, nhưng Thành phố Cẩm Phả (tp-cp) vẫn hiệu lực (căn cứ: Điều 110, 203/2025/QH15)
- ✗ \`kind_not_in_force\`: Không còn đơn vị loại huyện (cấp huyện) vào ngày 2025-07-01, nhưng Huyện Vân Đồn (h-vd) vẫn hiệu lực (căn cứ: Điều 110, 203/2025/QH15)
- … và 24 vấn đề khác không hiển thị
`,
      stderr: ``,
    });
  });

  it("check: --limit 0 on today", async () => {
    expect(await cli(["check", fixture("structure.json"), "--limit", "0"])).toEqual({
      code: 1,
      stdout: `Ngày áp dụng: 2026-12-01 (hôm nay)

Kiểm tra cơ cấu: 31 đơn vị
──────────────────────────
Không hợp lệ: 19 lỗi, 7 cảnh báo, 0 thông tin
  … và 26 vấn đề khác không hiển thị
`,
      stderr: ``,
    });
  });

  it("check: --limit 0 on today, Markdown English", async () => {
    expect(await cli(["check", fixture("structure.json"), "--limit", "0", "--format", "md", "--lang", "en"])).toEqual({
      code: 1,
      stdout: `_As of 2026-12-01 (today)_

## Structure check: 31 units

**Not valid: 19 errors, 7 warnings, 0 info**

- … and 26 more not shown
`,
      stderr: ``,
    });
  });

  it("check: JSON lists every issue", async () => {
    const result = await cli(["check", fixture("structure.json"), "--as-of", "2025-07-01", "--limit", "1", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","asOf","ok","errors","warnings","infos","issues"]);
    expect(omit(data, ["issues"])).toEqual({"command":"check","asOf":"2025-07-01","ok":false,"errors":19,"warnings":7,"infos":0});
    expect((data.issues as unknown[]).length).toBe(26);
    expect((data.issues as unknown[])[0]).toEqual({"code":"kind_not_in_force","severity":"error","message":{"vi":"Không còn đơn vị loại thành phố thuộc tỉnh (cấp huyện) vào ngày 2025-07-01, nhưng Thành phố Cẩm Phả (tp-cp) vẫn hiệu lực","en":"Units of kind provincial city (district level) do not exist on 2025-07-01, yet Thành phố Cẩm Phả (tp-cp) is in force"},"path":["units",2,"kind"],"unitIds":["tp-cp"],"ruleId":"structure.area-hierarchy","citation":{"instrumentId":"203/2025/QH15","article":"110"},"verification":"secondary","params":{"kind":{"vi":"thành phố thuộc tỉnh","en":"provincial city"},"level":{"vi":"huyện","en":"district"},"asOf":"2025-07-01","unitId":"tp-cp"}});
    expect((data.issues as { code: string; severity: string }[]).map((issue) => `${issue.severity} ${issue.code}`)).toEqual(["error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error parent_kind_not_allowed","error parent_kind_not_allowed","error parent_kind_not_allowed","error parent_kind_not_allowed","error parent_kind_not_allowed","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","error kind_not_in_force","warning structure_body_missing","warning structure_body_missing","warning structure_body_missing","warning structure_body_missing","warning structure_body_missing","warning structure_body_missing","warning structure_body_missing"]);
  });

  it("check: JSON of a valid structure", async () => {
    const result = await cli(["check", fixture("structure.json"), "--as-of", "2020-06-01", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","asOf","ok","errors","warnings","infos","issues"]);
    expect(data).toEqual({"command":"check","asOf":"2020-06-01","ok":true,"errors":0,"warnings":0,"infos":0,"issues":[]});
  });
});

describe('tinh-gon validate: exact output', () => {
  it("validate: a plan with errors, Vietnamese", async () => {
    expect(await cli(["validate", fixture("structure.json"), fixture("plan-with-errors.json")])).toEqual({
      code: 1,
      stdout: `Kiểm tra đề án plan-with-errors
───────────────────────────────
Hiệu lực 2025-07-01; 2 thao tác.
Không hợp lệ: 3 lỗi, 1 cảnh báo, 0 thông tin
  ✗ plan_level_not_in_force: Loại thành phố thuộc tỉnh (cấp huyện) không tồn tại vào ngày 2025-07-01: không thể tạo Ban mới (ban-moi) [căn cứ: Điều 110, 203/2025/QH15]
  ✗ plan_family_mismatch: Thao tác #2 hợp nhất: Ban Tổ chức Thành ủy (btc), Trung tâm Văn hóa (tt-vh), Ban mới (ban-moi) thuộc các khối khác nhau (khối Đảng, khối sự nghiệp) và không quy định nào hiệu lực ngày 2025-07-01 cho phép hợp nhất (ban tổ chức, đơn vị sự nghiệp công lập, cấp huyện)
  ✗ plan_area_outside_parent: Thao tác #1 sáp nhập: Xã Đoàn Kết (x-dk) không nằm trong Thành phố Cẩm Phả (tp-cp), địa bàn chứa đơn vị sau sắp xếp Xã Cộng Hòa (x-ch)
  ! plan_area_below_standard: Xã Cộng Hòa (x-ch) sau sắp xếp: dân số 7.000, dưới mức 16.000 theo quy định "Định hướng quy mô xã, phường hình thành sau sắp xếp" (thiếu 9.000) [căn cứ: Điều 5, 76/2025/UBTVQH15]
`,
      stderr: ``,
    });
  });

  it("validate: a plan with errors, English", async () => {
    expect(await cli(["validate", fixture("structure.json"), fixture("plan-with-errors.json"), "--lang", "en"])).toEqual({
      code: 1,
      stdout: `Validation of plan plan-with-errors
───────────────────────────────────
Effective 2025-07-01; 2 operations.
Not valid: 3 errors, 1 warning, 0 info
  ✗ plan_level_not_in_force: Kind provincial city (district level) does not exist on 2025-07-01: Ban mới (ban-moi) cannot be created [basis: 203/2025/QH15, Art. 110]
  ✗ plan_family_mismatch: Operation #2 consolidate: Ban Tổ chức Thành ủy (btc), Trung tâm Văn hóa (tt-vh), Ban mới (ban-moi) belong to different families (party, public service) and no rule in force on 2025-07-01 permits combining them (organisation board, public service unit, district level)
  ✗ plan_area_outside_parent: Operation #1 merge: Xã Đoàn Kết (x-dk) does not lie within Thành phố Cẩm Phả (tp-cp), the area holding the result Xã Cộng Hòa (x-ch)
  ! plan_area_below_standard: Xã Cộng Hòa (x-ch) after the plan: population 7,000, below the 16,000 required by "Size directions for communes and wards formed by merger" (short by 9,000) [basis: 76/2025/UBTVQH15, Art. 5]
`,
      stderr: ``,
    });
  });

  it("validate: a plan with errors, Markdown English", async () => {
    expect(await cli(["validate", fixture("structure.json"), fixture("plan-with-errors.json"), "--lang", "en", "--format", "md"])).toEqual({
      code: 1,
      stdout: `## Validation of plan plan-with-errors

Effective 2025-07-01; 2 operations.

**Not valid: 3 errors, 1 warning, 0 info**

- ✗ \`plan_level_not_in_force\`: Kind provincial city (district level) does not exist on 2025-07-01: Ban mới (ban-moi) cannot be created (basis: 203/2025/QH15, Art. 110)
- ✗ \`plan_family_mismatch\`: Operation #2 consolidate: Ban Tổ chức Thành ủy (btc), Trung tâm Văn hóa (tt-vh), Ban mới (ban-moi) belong to different families (party, public service) and no rule in force on 2025-07-01 permits combining them (organisation board, public service unit, district level)
- ✗ \`plan_area_outside_parent\`: Operation #1 merge: Xã Đoàn Kết (x-dk) does not lie within Thành phố Cẩm Phả (tp-cp), the area holding the result Xã Cộng Hòa (x-ch)
- ! \`plan_area_below_standard\`: Xã Cộng Hòa (x-ch) after the plan: population 7,000, below the 16,000 required by "Size directions for communes and wards formed by merger" (short by 9,000) (basis: 76/2025/UBTVQH15, Art. 5)
`,
      stderr: ``,
    });
  });

  it("validate: a plan with errors, Markdown Vietnamese, limited", async () => {
    expect(await cli(["validate", fixture("structure.json"), fixture("plan-with-errors.json"), "--format", "md", "--limit", "1"])).toEqual({
      code: 1,
      stdout: `## Kiểm tra đề án plan-with-errors

Hiệu lực 2025-07-01; 2 thao tác.

**Không hợp lệ: 3 lỗi, 1 cảnh báo, 0 thông tin**

- ✗ \`plan_level_not_in_force\`: Loại thành phố thuộc tỉnh (cấp huyện) không tồn tại vào ngày 2025-07-01: không thể tạo Ban mới (ban-moi) (căn cứ: Điều 110, 203/2025/QH15)
- … và 3 vấn đề khác không hiển thị
`,
      stderr: ``,
    });
  });

  it("validate: a plan with errors, JSON", async () => {
    const result = await cli(["validate", fixture("structure.json"), fixture("plan-with-errors.json"), "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues","plan"]);
    expect(omit(data, ["issues"])).toEqual({"command":"validate","ok":false,"errors":3,"warnings":1,"infos":0,"plan":{"id":"plan-with-errors","effectiveOn":"2025-07-01","operations":2}});
    expect((data.issues as unknown[]).length).toBe(4);
    expect((data.issues as unknown[])[0]).toEqual({"code":"plan_level_not_in_force","severity":"error","message":{"vi":"Loại thành phố thuộc tỉnh (cấp huyện) không tồn tại vào ngày 2025-07-01: không thể tạo Ban mới (ban-moi)","en":"Kind provincial city (district level) does not exist on 2025-07-01: Ban mới (ban-moi) cannot be created"},"path":["operations",1],"unitIds":["ban-moi","tp-cp"],"ruleId":"structure.area-hierarchy","citation":{"instrumentId":"203/2025/QH15","article":"110"},"verification":"secondary","params":{"unitId":"ban-moi","kind":"provincial-city","level":"district","asOf":"2025-07-01"}});
    expect((data.issues as { code: string; severity: string }[]).map((issue) => `${issue.severity} ${issue.code}`)).toEqual(["error plan_level_not_in_force","error plan_family_mismatch","error plan_area_outside_parent","warning plan_area_below_standard"]);
  });

  it("validate: a valid plan, Vietnamese", async () => {
    expect(await cli(["validate", fixture("structure.json"), fixture("merge-plan.json")])).toEqual({
      code: 0,
      stdout: `Kiểm tra đề án merge-cong-hoa-duong-huy
───────────────────────────────────────
Hiệu lực 2020-01-01; 2 thao tác.
Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });

  it("validate: a valid plan, English Markdown", async () => {
    expect(await cli(["validate", fixture("structure.json"), fixture("merge-plan.json"), "--lang", "en", "--format", "md"])).toEqual({
      code: 0,
      stdout: `## Validation of plan merge-cong-hoa-duong-huy

Effective 2020-01-01; 2 operations.

**Valid: 0 errors, 0 warnings, 0 info**
`,
      stderr: ``,
    });
  });

  it("validate: a valid plan, JSON", async () => {
    const result = await cli(["validate", fixture("structure.json"), fixture("merge-plan.json"), "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues","plan"]);
    expect(data).toEqual({"command":"validate","ok":true,"errors":0,"warnings":0,"infos":0,"issues":[],"plan":{"id":"merge-cong-hoa-duong-huy","effectiveOn":"2020-01-01","operations":2}});
  });
});

describe('tinh-gon apply: exact output', () => {
  it("apply: Vietnamese", async () => {
    expect(await cli(["apply", fixture("structure.json"), fixture("merge-plan.json")])).toEqual({
      code: 0,
      stdout: `Áp dụng đề án merge-cong-hoa-duong-huy
──────────────────────────────────────
Hiệu lực 2020-01-01; 2 thao tác.
4 đơn vị kết thúc, 1 bắt đầu, 1 tiếp tục; cơ cấu mới có 32 đơn vị (--format json để lấy cơ cấu).
Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });

  it("apply: English", async () => {
    expect(await cli(["apply", fixture("structure.json"), fixture("merge-plan.json"), "--lang", "en"])).toEqual({
      code: 0,
      stdout: `Applying plan merge-cong-hoa-duong-huy
──────────────────────────────────────
Effective 2020-01-01; 2 operations.
4 units ended, 1 started, 1 continued; the new structure has 32 units (--format json for the structure).
Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: ``,
    });
  });

  it("apply: Markdown", async () => {
    expect(await cli(["apply", fixture("structure.json"), fixture("merge-plan.json"), "--format", "md"])).toEqual({
      code: 0,
      stdout: `## Áp dụng đề án merge-cong-hoa-duong-huy

Hiệu lực 2020-01-01; 2 thao tác.

4 đơn vị kết thúc, 1 bắt đầu, 1 tiếp tục; cơ cấu mới có 32 đơn vị (--format json để lấy cơ cấu).

**Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin**
`,
      stderr: ``,
    });
  });

  it("apply: JSON", async () => {
    const result = await cli(["apply", fixture("structure.json"), fixture("merge-plan.json"), "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues","structure","events"]);
    expect(omit(data, ["structure","events"])).toEqual({"command":"apply","ok":true,"errors":0,"warnings":0,"infos":0,"issues":[]});
    // structure: large, not pinned here
    expect((data.events as unknown[]).length).toBe(6);
    expect((data.events as unknown[])[0]).toEqual({"change":"ended","unitId":"thon-1","into":["thon-3"],"on":"2020-01-01","operation":"merge","operationIndex":0,"basis":[{"instrumentId":"653/2019/UBTVQH14"}]});
  });

  it("apply: a plan with errors, English", async () => {
    expect(await cli(["apply", fixture("structure.json"), fixture("plan-with-errors.json"), "--lang", "en", "--limit", "2"])).toEqual({
      code: 1,
      stdout: `Applying plan plan-with-errors
──────────────────────────────
Effective 2025-07-01; 2 operations.
Not valid: 3 errors, 1 warning, 0 info
  ✗ plan_level_not_in_force: Kind provincial city (district level) does not exist on 2025-07-01: Ban mới (ban-moi) cannot be created [basis: 203/2025/QH15, Art. 110]
  ✗ plan_family_mismatch: Operation #2 consolidate: Ban Tổ chức Thành ủy (btc), Trung tâm Văn hóa (tt-vh), Ban mới (ban-moi) belong to different families (party, public service) and no rule in force on 2025-07-01 permits combining them (organisation board, public service unit, district level)
  … and 2 more issues not shown
`,
      stderr: ``,
    });
  });

  it("apply: a plan with errors, JSON", async () => {
    const result = await cli(["apply", fixture("structure.json"), fixture("plan-with-errors.json"), "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues"]);
    expect(omit(data, ["issues"])).toEqual({"command":"apply","ok":false,"errors":3,"warnings":1,"infos":0});
    expect((data.issues as unknown[]).length).toBe(4);
    expect((data.issues as unknown[])[0]).toEqual({"code":"plan_level_not_in_force","severity":"error","message":{"vi":"Loại thành phố thuộc tỉnh (cấp huyện) không tồn tại vào ngày 2025-07-01: không thể tạo Ban mới (ban-moi)","en":"Kind provincial city (district level) does not exist on 2025-07-01: Ban mới (ban-moi) cannot be created"},"path":["operations",1],"unitIds":["ban-moi","tp-cp"],"ruleId":"structure.area-hierarchy","citation":{"instrumentId":"203/2025/QH15","article":"110"},"verification":"secondary","params":{"unitId":"ban-moi","kind":"provincial-city","level":"district","asOf":"2025-07-01"}});
    expect((data.issues as { code: string; severity: string }[]).map((issue) => `${issue.severity} ${issue.code}`)).toEqual(["error plan_level_not_in_force","error plan_family_mismatch","error plan_area_outside_parent","warning plan_area_below_standard"]);
  });
});

describe('tinh-gon diff: exact output', () => {
  it("diff: English", async () => {
    expect(await cli(["diff", fixture("structure.json"), fixture("merge-plan.json"), "--lang", "en"])).toEqual({
      code: 0,
      stdout: `Changes of plan merge-cong-hoa-duong-huy
────────────────────────────────────────
Effective 2020-01-01; 2 operations.
4 units end, 1 unit starts, 1 unit changes.
Change   Unit                                         Operation    From / into
───────  ───────────────────────────────────────────  ───────────  ─────────────────────────────────────────────────────
ends     Thôn 1 (thon-1)                              merge        → Thôn 3
ends     Thôn 2 (thon-2)                              merge        → Thôn 3
changes  Thôn 3 (thon-3)                              merge        ← Thôn 1, ← Thôn 2
ends     Trung tâm Văn hóa (tt-vh)                    consolidate  → Trung tâm Văn hóa - Truyền thông
ends     Đài Truyền thanh - Truyền hình (dai-tt)      consolidate  → Trung tâm Văn hóa - Truyền thông
starts   Trung tâm Văn hóa - Truyền thông (tt-vh-tt)  consolidate  ← Trung tâm Văn hóa, ← Đài Truyền thanh - Truyền hình

Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: ``,
    });
  });

  it("diff: Vietnamese", async () => {
    expect(await cli(["diff", fixture("structure.json"), fixture("merge-plan.json")])).toEqual({
      code: 0,
      stdout: `Thay đổi của đề án merge-cong-hoa-duong-huy
───────────────────────────────────────────
Hiệu lực 2020-01-01; 2 thao tác.
4 đơn vị kết thúc, 1 bắt đầu, 1 thay đổi.
Thay đổi  Đơn vị                                       Thao tác     Từ / vào
────────  ───────────────────────────────────────────  ───────────  ─────────────────────────────────────────────────────
kết thúc  Thôn 1 (thon-1)                              merge        → Thôn 3
kết thúc  Thôn 2 (thon-2)                              merge        → Thôn 3
thay đổi  Thôn 3 (thon-3)                              merge        ← Thôn 1, ← Thôn 2
kết thúc  Trung tâm Văn hóa (tt-vh)                    consolidate  → Trung tâm Văn hóa - Truyền thông
kết thúc  Đài Truyền thanh - Truyền hình (dai-tt)      consolidate  → Trung tâm Văn hóa - Truyền thông
bắt đầu   Trung tâm Văn hóa - Truyền thông (tt-vh-tt)  consolidate  ← Trung tâm Văn hóa, ← Đài Truyền thanh - Truyền hình

Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });

  it("diff: Markdown", async () => {
    expect(await cli(["diff", fixture("structure.json"), fixture("merge-plan.json"), "--format", "md"])).toEqual({
      code: 0,
      stdout: `## Thay đổi của đề án merge-cong-hoa-duong-huy

Hiệu lực 2020-01-01; 2 thao tác.

4 đơn vị kết thúc, 1 bắt đầu, 1 thay đổi.

| Thay đổi | Đơn vị | Thao tác | Từ / vào |
|---|---|---|---|
| kết thúc | Thôn 1 (thon-1) | merge | → Thôn 3 |
| kết thúc | Thôn 2 (thon-2) | merge | → Thôn 3 |
| thay đổi | Thôn 3 (thon-3) | merge | ← Thôn 1, ← Thôn 2 |
| kết thúc | Trung tâm Văn hóa (tt-vh) | consolidate | → Trung tâm Văn hóa - Truyền thông |
| kết thúc | Đài Truyền thanh - Truyền hình (dai-tt) | consolidate | → Trung tâm Văn hóa - Truyền thông |
| bắt đầu | Trung tâm Văn hóa - Truyền thông (tt-vh-tt) | consolidate | ← Trung tâm Văn hóa, ← Đài Truyền thanh - Truyền hình |

**Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin**
`,
      stderr: ``,
    });
  });

  it("diff: JSON", async () => {
    const result = await cli(["diff", fixture("structure.json"), fixture("merge-plan.json"), "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues","events"]);
    expect(omit(data, ["events"])).toEqual({"command":"diff","ok":true,"errors":0,"warnings":0,"infos":0,"issues":[]});
    expect((data.events as unknown[]).length).toBe(6);
    expect((data.events as unknown[])[0]).toEqual({"change":"ended","unitId":"thon-1","into":["thon-3"],"on":"2020-01-01","operation":"merge","operationIndex":0,"basis":[{"instrumentId":"653/2019/UBTVQH14"}]});
  });

  it("diff: a plan with errors, Vietnamese", async () => {
    expect(await cli(["diff", fixture("structure.json"), fixture("plan-with-errors.json"), "--limit", "1"])).toEqual({
      code: 1,
      stdout: `Thay đổi của đề án plan-with-errors
───────────────────────────────────
Hiệu lực 2025-07-01; 2 thao tác.
Không hợp lệ: 3 lỗi, 1 cảnh báo, 0 thông tin
  ✗ plan_level_not_in_force: Loại thành phố thuộc tỉnh (cấp huyện) không tồn tại vào ngày 2025-07-01: không thể tạo Ban mới (ban-moi) [căn cứ: Điều 110, 203/2025/QH15]
  … và 3 vấn đề khác không hiển thị
`,
      stderr: ``,
    });
  });

  it("diff: a plan with errors, JSON", async () => {
    const result = await cli(["diff", fixture("structure.json"), fixture("plan-with-errors.json"), "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues"]);
    expect(omit(data, ["issues"])).toEqual({"command":"diff","ok":false,"errors":3,"warnings":1,"infos":0});
    expect((data.issues as unknown[]).length).toBe(4);
    expect((data.issues as unknown[])[0]).toEqual({"code":"plan_level_not_in_force","severity":"error","message":{"vi":"Loại thành phố thuộc tỉnh (cấp huyện) không tồn tại vào ngày 2025-07-01: không thể tạo Ban mới (ban-moi)","en":"Kind provincial city (district level) does not exist on 2025-07-01: Ban mới (ban-moi) cannot be created"},"path":["operations",1],"unitIds":["ban-moi","tp-cp"],"ruleId":"structure.area-hierarchy","citation":{"instrumentId":"203/2025/QH15","article":"110"},"verification":"secondary","params":{"unitId":"ban-moi","kind":"provincial-city","level":"district","asOf":"2025-07-01"}});
    expect((data.issues as { code: string; severity: string }[]).map((issue) => `${issue.severity} ${issue.code}`)).toEqual(["error plan_level_not_in_force","error plan_family_mismatch","error plan_area_outside_parent","warning plan_area_below_standard"]);
  });
});

describe('tinh-gon roles: exact output', () => {
  it("roles: Vietnamese", async () => {
    expect(await cli(["roles", fixture("structure.json"), "--as-of", "2020-07-01"])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2020-07-01

Kiêm nhiệm: 7 người giữ chức vụ
───────────────────────────────
Hợp lệ: 0 lỗi, 0 cảnh báo, 1 thông tin
  · role_combination_pilot: Hoàng Văn E (p5) đồng thời là bí thư Đảng ủy xã Cộng Hòa và chủ tịch UBND xã Cộng Hòa: mô hình thí điểm theo "Bí thư cấp ủy đồng thời là chủ tịch UBND (thí điểm)" [căn cứ: mục III.2, 18-NQ/TW]
`,
      stderr: ``,
    });
  });

  it("roles: English", async () => {
    expect(await cli(["roles", fixture("structure.json"), "--as-of", "2020-07-01", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `As of 2020-07-01

Concurrent roles: 7 people holding posts
────────────────────────────────────────
Valid: 0 errors, 0 warnings, 1 info
  · role_combination_pilot: Hoàng Văn E (p5) is both secretary of Đảng ủy xã Cộng Hòa and chair of UBND xã Cộng Hòa: a pilot under "Party secretary also chairs the people's committee (pilot)" [basis: 18-NQ/TW, section III.2]
`,
      stderr: ``,
    });
  });

  it("roles: Markdown", async () => {
    expect(await cli(["roles", fixture("structure.json"), "--as-of", "2020-07-01", "--format", "md", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `_As of 2020-07-01_

## Concurrent roles: 7 people holding posts

**Valid: 0 errors, 0 warnings, 1 info**

- · \`role_combination_pilot\`: Hoàng Văn E (p5) is both secretary of Đảng ủy xã Cộng Hòa and chair of UBND xã Cộng Hòa: a pilot under "Party secretary also chairs the people's committee (pilot)" (basis: 18-NQ/TW, section III.2)
`,
      stderr: ``,
    });
  });

  it("roles: JSON", async () => {
    const result = await cli(["roles", fixture("structure.json"), "--as-of", "2020-07-01", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","asOf","ok","errors","warnings","infos","issues"]);
    expect(omit(data, ["issues"])).toEqual({"command":"roles","asOf":"2020-07-01","ok":true,"errors":0,"warnings":0,"infos":1});
    expect((data.issues as unknown[]).length).toBe(1);
    expect((data.issues as unknown[])[0]).toEqual({"code":"role_combination_pilot","severity":"info","message":{"vi":"Hoàng Văn E (p5) đồng thời là bí thư Đảng ủy xã Cộng Hòa và chủ tịch UBND xã Cộng Hòa: mô hình thí điểm theo \"Bí thư cấp ủy đồng thời là chủ tịch UBND (thí điểm)\"","en":"Hoàng Văn E (p5) is both secretary of Đảng ủy xã Cộng Hòa and chair of UBND xã Cộng Hòa: a pilot under \"Party secretary also chairs the people's committee (pilot)\""},"unitIds":["dang-uy-ch","ubnd-ch"],"personIds":["p5"],"ruleId":"roles.secretary-chairs-committee","citation":{"instrumentId":"18-NQ/TW","section":"III.2"},"verification":"unverified","params":{"personName":"Hoàng Văn E","personId":"p5","postA":{"vi":"bí thư Đảng ủy xã Cộng Hòa","en":"secretary of Đảng ủy xã Cộng Hòa"},"postB":{"vi":"chủ tịch UBND xã Cộng Hòa","en":"chair of UBND xã Cộng Hòa"},"asOf":"2020-07-01","rule":{"vi":"Bí thư cấp ủy đồng thời là chủ tịch UBND (thí điểm)","en":"Party secretary also chairs the people's committee (pilot)"},"ruleId":"roles.secretary-chairs-committee","strength":"pilot"}});
    expect((data.issues as { code: string; severity: string }[]).map((issue) => `${issue.severity} ${issue.code}`)).toEqual(["info role_combination_pilot"]);
  });

  it("roles: --min-severity warning", async () => {
    expect(await cli(["roles", fixture("structure.json"), "--as-of", "2020-07-01", "--min-severity", "warning", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `As of 2020-07-01

Concurrent roles: 7 people holding posts
────────────────────────────────────────
Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: ``,
    });
  });

  it("roles: after the reform", async () => {
    expect(await cli(["roles", fixture("structure.json"), "--as-of", "2025-07-01", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `As of 2025-07-01

Concurrent roles: 7 people holding posts
────────────────────────────────────────
Valid: 0 errors, 2 warnings, 1 info
  ! role_combination_missing: In Xã Cộng Hòa (x-ch) on 2025-07-01, nobody holds together the posts that "A deputy secretary of the commune party committee chairs the commune people's committee" requires [basis: 298-QĐ/TW]
  ! role_combination_missing: In Xã Dương Huy (x-dh) on 2025-07-01, nobody holds together the posts that "A deputy secretary of the commune party committee chairs the commune people's committee" requires [basis: 298-QĐ/TW]
  · role_combination_pilot: Hoàng Văn E (p5) is both secretary of Đảng ủy xã Cộng Hòa and chair of UBND xã Cộng Hòa: a pilot under "Party secretary also chairs the people's committee (pilot)" [basis: 18-NQ/TW, section III.2]
`,
      stderr: ``,
    });
  });

  it("roles: before the pilot", async () => {
    expect(await cli(["roles", fixture("structure.json"), "--as-of", "2019-01-01"])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2019-01-01

Kiêm nhiệm: 7 người giữ chức vụ
───────────────────────────────
Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });
});

describe('tinh-gon coverage: exact output', () => {
  it("coverage: a missed target, English", async () => {
    expect(await cli(["coverage", fixture("structure.json"), "--rule", "roles.secretary-chairs-committee", "--level", "commune", "--as-of", "2020-07-01", "--target", ">75%", "--lang", "en"])).toEqual({
      code: 1,
      stdout: `As of 2020-07-01

Combination roles.secretary-chairs-committee
────────────────────────────────────────────
1 of 5 areas (20.00%).
Target: more than 75% → 4 needed; 3 short.
Area              Has it  Held by
────────────────  ──────  ───────────
Xã Cộng Hòa       yes     Hoàng Văn E
Phường Cẩm Thạch  no
Phường Cẩm Thủy   no
Xã Dương Huy      no
Xã Đoàn Kết       no

Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: ``,
    });
  });

  it("coverage: a missed target, Vietnamese", async () => {
    expect(await cli(["coverage", fixture("structure.json"), "--rule", "roles.secretary-chairs-committee", "--level", "commune", "--as-of", "2020-07-01", "--target", ">75%"])).toEqual({
      code: 1,
      stdout: `Ngày áp dụng: 2020-07-01

Mô hình roles.secretary-chairs-committee
────────────────────────────────────────
1/5 địa bàn (20,00%).
Chỉ tiêu: trên 75% → cần 4; còn thiếu 3.
Địa bàn           Có mô hình  Người giữ
────────────────  ──────────  ───────────
Xã Cộng Hòa       có          Hoàng Văn E
Phường Cẩm Thạch  không
Phường Cẩm Thủy   không
Xã Dương Huy      không
Xã Đoàn Kết       không

Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });

  it("coverage: a target met (at least), Vietnamese", async () => {
    expect(await cli(["coverage", fixture("structure.json"), "--rule", "roles.secretary-chairs-committee", "--level", "commune", "--as-of", "2020-07-01", "--target", ">=20%"])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2020-07-01

Mô hình roles.secretary-chairs-committee
────────────────────────────────────────
1/5 địa bàn (20,00%).
Chỉ tiêu: ít nhất 20% → cần 1; đã đạt.
Địa bàn           Có mô hình  Người giữ
────────────────  ──────────  ───────────
Xã Cộng Hòa       có          Hoàng Văn E
Phường Cẩm Thạch  không
Phường Cẩm Thủy   không
Xã Dương Huy      không
Xã Đoàn Kết       không

Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });

  it("coverage: a target met (at least), English Markdown", async () => {
    expect(await cli(["coverage", fixture("structure.json"), "--rule", "roles.secretary-chairs-committee", "--level", "commune", "--as-of", "2020-07-01", "--target", "≥ 20.5 %", "--format", "md", "--lang", "en"])).toEqual({
      code: 1,
      stdout: `_As of 2020-07-01_

## Combination roles.secretary-chairs-committee

1 of 5 areas (20.00%).

Target: at least 20.5% → 2 needed; 1 short.

| Area | Has it | Held by |
|---|---|---|
| Xã Cộng Hòa | yes | Hoàng Văn E |
| Phường Cẩm Thạch | no |  |
| Phường Cẩm Thủy | no |  |
| Xã Dương Huy | no |  |
| Xã Đoàn Kết | no |  |

**Valid: 0 errors, 0 warnings, 0 info**
`,
      stderr: ``,
    });
  });

  it("coverage: no target, within one area", async () => {
    expect(await cli(["coverage", fixture("structure.json"), "--rule", "roles.secretary-chairs-committee", "--level", "commune", "--as-of", "2020-07-01", "--within", "tp-cp"])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2020-07-01

Mô hình roles.secretary-chairs-committee
────────────────────────────────────────
1/4 địa bàn (25,00%).
Không có chỉ tiêu.
Địa bàn           Có mô hình  Người giữ
────────────────  ──────────  ───────────
Xã Cộng Hòa       có          Hoàng Văn E
Phường Cẩm Thạch  không
Phường Cẩm Thủy   không
Xã Dương Huy      không

Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });

  it("coverage: JSON", async () => {
    const result = await cli(["coverage", fixture("structure.json"), "--rule", "roles.secretary-chairs-committee", "--level", "commune", "--as-of", "2020-07-01", "--target", ">75%", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","asOf","ok","errors","warnings","infos","issues","coverage"]);
    expect(data).toEqual({"command":"coverage","asOf":"2020-07-01","ok":false,"errors":0,"warnings":0,"infos":0,"issues":[],"coverage":{"ruleId":"roles.secretary-chairs-committee","level":"commune","asOf":"2020-07-01","total":5,"covered":1,"coveredUnitIds":["x-ch"],"uncoveredUnitIds":["p-ct","p-cth","x-dh","x-dk"],"holders":{"x-ch":["p5"]},"shareBasisPoints":2000,"share":"20.00%","strength":"pilot","citation":{"instrumentId":"18-NQ/TW","section":"III.2"},"verification":"unverified","target":{"comparison":"more-than","basisPoints":7500,"requiredUnits":4,"shortfall":3,"met":false,"attainable":true,"source":"option"}}});
  });

  it("coverage: an unknown rule", async () => {
    expect(await cli(["coverage", fixture("structure.json"), "--rule", "roles.nope", "--level", "commune", "--as-of", "2020-07-01", "--lang", "en"])).toEqual({
      code: 1,
      stdout: `As of 2020-07-01

Not valid: 1 error, 0 warnings, 0 info
  ✗ rule_unknown: The rulebook has no rule roles.nope
`,
      stderr: ``,
    });
  });

  it("coverage: an unknown rule, JSON", async () => {
    const result = await cli(["coverage", fixture("structure.json"), "--rule", "roles.nope", "--level", "commune", "--as-of", "2020-07-01", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","asOf","ok","errors","warnings","infos","issues"]);
    expect(data).toEqual({"command":"coverage","asOf":"2020-07-01","ok":false,"errors":1,"warnings":0,"infos":0,"issues":[{"code":"rule_unknown","severity":"error","message":{"vi":"Không có quy định roles.nope trong bộ quy định","en":"The rulebook has no rule roles.nope"},"ruleId":"roles.nope","params":{"ruleId":"roles.nope"}}]});
  });

  it("coverage: the rule own target after 2025", async () => {
    expect(await cli(["coverage", fixture("structure.json"), "--rule", "roles.secretary-chairs-committee", "--level", "commune", "--as-of", "2025-07-01", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `As of 2025-07-01

Combination roles.secretary-chairs-committee
────────────────────────────────────────────
1 of 5 areas (20.00%).
No target.
Area              Has it  Held by
────────────────  ──────  ───────────
Xã Cộng Hòa       yes     Hoàng Văn E
Phường Cẩm Thạch  no
Phường Cẩm Thủy   no
Xã Dương Huy      no
Xã Đoàn Kết       no

Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: ``,
    });
  });
});

describe('tinh-gon apportion: exact output', () => {
  it("apportion: Vietnamese", async () => {
    expect(await cli(["apportion", fixture("units.csv"), "--total", "10"])).toEqual({
      code: 0,
      stdout: `Phân bổ 10 cho 6 đơn vị (hamilton)
──────────────────────────────────
id         Tên                             Trọng số  Phân bổ
─────────  ──────────────────────────────  ────────  ───────
btc        Ban Tổ chức Thành ủy            8         2
ubkt       Ủy ban Kiểm tra Thành ủy        6         1
phong-nv   Phòng Nội vụ                    9         2
thanh-tra  Thanh tra thành phố             8         2
tt-vh      Trung tâm Văn hóa, Thể thao     10        2
dai-tt     Đài Truyền thanh - Truyền hình  6         1
Tổng                                       47        10

Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });

  it("apportion: English", async () => {
    expect(await cli(["apportion", fixture("units.csv"), "--total", "1000", "--lang", "en", "--method", "dhondt"])).toEqual({
      code: 1,
      stdout: `Apportioning 1,000 among 6 units (dhondt)
─────────────────────────────────────────
Not valid: 1 error, 0 warnings, 0 info
  ✗ apportion_tie_unresolved: The 3 last shares are tied between units btc, ubkt, phong-nv, thanh-tra, dai-tt; left unassigned — pass a tie policy (tiePolicy)
`,
      stderr: ``,
    });
  });

  it("apportion: Markdown", async () => {
    expect(await cli(["apportion", fixture("units.csv"), "--total", "40", "--format", "md", "--method", "sainte-lague"])).toEqual({
      code: 0,
      stdout: `## Phân bổ 40 cho 6 đơn vị (sainte-lague)

| id | Tên | Trọng số | Phân bổ |
|---|---|---|---|
| btc | Ban Tổ chức Thành ủy | 8 | 8 |
| ubkt | Ủy ban Kiểm tra Thành ủy | 6 | 6 |
| phong-nv | Phòng Nội vụ | 9 | 9 |
| thanh-tra | Thanh tra thành phố | 8 | 8 |
| tt-vh | Trung tâm Văn hóa, Thể thao | 10 | 3 |
| dai-tt | Đài Truyền thanh - Truyền hình | 6 | 6 |
| Tổng |  | 47 | 40 |

**Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin**
`,
      stderr: ``,
    });
  });

  it("apportion: JSON", async () => {
    const result = await cli(["apportion", fixture("units.csv"), "--total", "10", "--method", "huntington-hill", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues","apportionment","units"]);
    expect(data).toEqual({"command":"apportion","ok":true,"errors":0,"warnings":0,"infos":0,"issues":[],"apportionment":{"method":"huntington-hill","total":10,"shares":[2,1,2,2,2,1]},"units":[{"id":"btc","weight":8,"share":2},{"id":"ubkt","weight":6,"share":1},{"id":"phong-nv","weight":9,"share":2},{"id":"thanh-tra","weight":8,"share":2},{"id":"tt-vh","weight":10,"share":2},{"id":"dai-tt","weight":6,"share":1}]});
  });

  it("apportion: a tie, Vietnamese", async () => {
    expect(await cli(["apportion", "tie.csv", "--total", "1"], {"files":{"tie.csv":"id,headcount\na,5\nb,5\n"}})).toEqual({
      code: 1,
      stdout: `Phân bổ 1 cho 2 đơn vị (hamilton)
─────────────────────────────────
Không hợp lệ: 1 lỗi, 0 cảnh báo, 0 thông tin
  ✗ apportion_tie_unresolved: 1 suất cuối cùng bằng nhau giữa các đơn vị a, b; chưa phân bổ — hãy chọn quy tắc xử lý hòa (tiePolicy)
`,
      stderr: ``,
    });
  });

  it("apportion: a tie, JSON", async () => {
    const result = await cli(["apportion", "tie.csv", "--total", "1", "--format", "json"], {"files":{"tie.csv":"id,headcount\na,5\nb,5\n"}});
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues"]);
    expect(data).toEqual({"command":"apportion","ok":false,"errors":1,"warnings":0,"infos":0,"issues":[{"code":"apportion_tie_unresolved","severity":"error","message":{"vi":"1 suất cuối cùng bằng nhau giữa các đơn vị a, b; chưa phân bổ — hãy chọn quy tắc xử lý hòa (tiePolicy)","en":"The 1 last share is tied between units a, b; left unassigned — pass a tie policy (tiePolicy)"},"unitIds":["a","b"],"params":{"seats":1,"units":["a","b"],"unitIndices":[0,1],"shares":[0,0]}}]});
  });

  it("apportion: a tie by order, English", async () => {
    expect(await cli(["apportion", "tie.csv", "--total", "1", "--tie-policy", "by-order", "--lang", "en"], {"files":{"tie.csv":"id,headcount\nb,5\na,5\n"}})).toEqual({
      code: 0,
      stdout: `Apportioning 1 among 2 units (hamilton)
───────────────────────────────────────
id     Name  Weight  Share
─────  ────  ──────  ─────
b            5       1
a            5       0
Total        10      1

Valid: 0 errors, 0 warnings, 1 info
  · apportion_tie_resolved: The 1 last share was tied between units b, a; given to b by policy by-order
`,
      stderr: ``,
    });
  });

  it("apportion: a tie by id, English", async () => {
    expect(await cli(["apportion", "tie.csv", "--total", "1", "--tie-policy", "by-id", "--lang", "en"], {"files":{"tie.csv":"id,headcount\nb,5\na,5\n"}})).toEqual({
      code: 0,
      stdout: `Apportioning 1 among 2 units (hamilton)
───────────────────────────────────────
id     Name  Weight  Share
─────  ────  ──────  ─────
b            5       0
a            5       1
Total        10      1

Valid: 0 errors, 0 warnings, 1 info
  · apportion_tie_resolved: The 1 last share was tied between units b, a; given to a by policy by-id
`,
      stderr: ``,
    });
  });
});

describe('tinh-gon benefits: exact output', () => {
  it("benefits: Vietnamese", async () => {
    expect(await cli(["benefits", fixture("leavers.csv")])).toEqual({
      code: 0,
      stdout: `Chế độ của 2 người nghỉ
───────────────────────
Người  Hình thức         Căn cứ                                    Tháng lương  Số tiền
─────  ────────────────  ────────────────────────────────────────  ───────────  ───────────────
p1     early-retirement  benefits.early-retirement.reorganisation  58,5         702.000.000 đ
p2     resignation       benefits.resignation.reorganisation       70,5         634.500.000 đ
Tổng                                                               129          1.336.500.000 đ

Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: ``,
    });
  });

  it("benefits: English", async () => {
    expect(await cli(["benefits", fixture("leavers.csv"), "--lang", "en"])).toEqual({
      code: 0,
      stdout: `Benefits of 2 leavers
─────────────────────
Person  Kind              Rule                                      Salary-months  Amount
──────  ────────────────  ────────────────────────────────────────  ─────────────  ─────────────────
p1      early-retirement  benefits.early-retirement.reorganisation  58.5           702,000,000 VND
p2      resignation       benefits.resignation.reorganisation       70.5           634,500,000 VND
Total                                                               129            1,336,500,000 VND

Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: ``,
    });
  });

  it("benefits: Markdown", async () => {
    expect(await cli(["benefits", fixture("leavers.csv"), "--format", "md"])).toEqual({
      code: 0,
      stdout: `## Chế độ của 2 người nghỉ

| Người | Hình thức | Căn cứ | Tháng lương | Số tiền |
|---|---|---|---|---|
| p1 | early-retirement | benefits.early-retirement.reorganisation | 58,5 | 702.000.000 đ |
| p2 | resignation | benefits.resignation.reorganisation | 70,5 | 634.500.000 đ |
| Tổng |  |  | 129 | 1.336.500.000 đ |

**Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin**
`,
      stderr: ``,
    });
  });

  it("benefits: JSON", async () => {
    const result = await cli(["benefits", fixture("leavers.csv"), "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues","benefits"]);
    expect(omit(data, ["benefits"])).toEqual({"command":"benefits","ok":true,"errors":0,"warnings":0,"infos":0,"issues":[]});
    const benefits = data.benefits as { total: number; salaryMonths: string; people: { personId: string; ruleId: string; salary: number; salaryMonths: string; total: number; lines: { item: string; amount: number }[] }[] };
    expect([benefits.total, benefits.salaryMonths]).toEqual([1336500000, "129"]);
    expect(benefits.people.map((person) => [person.personId, person.ruleId, person.salary, person.salaryMonths, person.total, person.lines.map((line) => `${line.item}=${line.amount}`).join(" ")])).toEqual([["p1","benefits.early-retirement.reorganisation",12000000,"58.5",702000000,"one-time=432000000 per-year-early=180000000 insurance-service=90000000"],["p2","benefits.resignation.reorganisation",9000000,"70.5",634500000,"severance=432000000 per-insurance-year=202500000"]]);
  });

  it("benefits: one leaver, English", async () => {
    expect(await cli(["benefits", "l.csv", "--lang", "en"], {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths,annexIIConditionsMet,decisionDate,averageMonthlySalary,severanceMonths,annex\nresignation,civilServant,9000000,2025-08-01,180,no,2025-07-01,8000000,3,II\n"}})).toEqual({
      code: 0,
      stdout: `Benefits of 1 leaver
────────────────────
Person  Kind         Rule                                 Salary-months  Amount
──────  ───────────  ───────────────────────────────────  ─────────────  ───────────────
1       resignation  benefits.resignation.reorganisation  27.9           251,100,000 VND
Total                                                     27.9           251,100,000 VND

Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: ``,
    });
  });

  it("benefits: a leaver the law does not cover", async () => {
    expect(await cli(["benefits", "l.csv", "--lang", "en"], {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths\nresignation,civilServant,9000000,2019-08-01,180\n"}})).toEqual({
      code: 1,
      stdout: `Benefits of 1 leaver
────────────────────
Not valid: 1 error, 0 warnings, 0 info
  ✗ rule_not_in_force: Rule benefits.resignation.reorganisation has no version in force on 2019-08-01
`,
      stderr: ``,
    });
  });

  it("benefits: a leaver the law does not cover, JSON", async () => {
    const result = await cli(["benefits", "l.csv", "--format", "json"], {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths\nresignation,civilServant,9000000,2019-08-01,180\n"}});
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","errors","warnings","infos","issues"]);
    expect(data).toEqual({"command":"benefits","ok":false,"errors":1,"warnings":0,"infos":0,"issues":[{"code":"rule_not_in_force","severity":"error","message":{"vi":"Quy định benefits.resignation.reorganisation không có phiên bản nào hiệu lực vào ngày 2019-08-01","en":"Rule benefits.resignation.reorganisation has no version in force on 2019-08-01"},"ruleId":"benefits.resignation.reorganisation","params":{"ruleId":"benefits.resignation.reorganisation","asOf":"2019-08-01"},"path":[0]}]});
  });
});

describe('tinh-gon rules: exact output', () => {
  it("rules: benefits in force, Vietnamese", async () => {
    expect(await cli(["rules", "--as-of", "2025-07-01", "--topic", "benefits"])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2025-07-01

6 quy định có hiệu lực
──────────────────────
Mã                                        Quy định                                                                 Mức độ  Căn cứ                  Nguồn
────────────────────────────────────────  ───────────────────────────────────────────────────────────────────────  ──────  ──────────────────────  ─────────────
benefits.early-retirement.reorganisation  Chế độ nghỉ hưu trước tuổi do sắp xếp tổ chức bộ máy                             Điều 1, 67/2025/NĐ-CP   nguồn thứ cấp
benefits.early-retirement.restructuring   Nghỉ hưu trước tuổi do tinh giản, cơ cấu lại (Điều 7a)                           Điều 1, 67/2025/NĐ-CP   nguồn thứ cấp
benefits.early-retirement.not-reelected   Cán bộ không đủ tuổi tái cử, tái bổ nhiệm nghỉ hưu trước tuổi (Điều 7b)          Điều 1, 67/2025/NĐ-CP   nguồn thứ cấp
benefits.resignation.reorganisation       Chế độ thôi việc do sắp xếp tổ chức bộ máy                                       Điều 9, 178/2024/NĐ-CP  nguồn thứ cấp
benefits.early-retirement.streamlining    Nghỉ hưu trước tuổi do tinh giản biên chế                                        154/2025/NĐ-CP          nguồn thứ cấp
benefits.resignation.streamlining         Thôi việc ngay do tinh giản biên chế                                             154/2025/NĐ-CP          nguồn thứ cấp
`,
      stderr: ``,
    });
  });

  it("rules: benefits in force, English", async () => {
    expect(await cli(["rules", "--as-of", "2025-07-01", "--topic", "benefits", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `As of 2025-07-01

6 rules in force
────────────────
Id                                        Rule                                                                 Strength  Basis                   Source
────────────────────────────────────────  ───────────────────────────────────────────────────────────────────  ────────  ──────────────────────  ─────────
benefits.early-retirement.reorganisation  Early retirement because of reorganisation                                     67/2025/NĐ-CP, Art. 1   secondary
benefits.early-retirement.restructuring   Early retirement because of streamlining or restructuring (Art. 7a)            67/2025/NĐ-CP, Art. 1   secondary
benefits.early-retirement.not-reelected   Cadres not eligible for re-election who retire early (Art. 7b)                 67/2025/NĐ-CP, Art. 1   secondary
benefits.resignation.reorganisation       Resignation because of reorganisation                                          178/2024/NĐ-CP, Art. 9  secondary
benefits.early-retirement.streamlining    Early retirement under staff streamlining                                      154/2025/NĐ-CP          secondary
benefits.resignation.streamlining         Immediate resignation under staff streamlining                                 154/2025/NĐ-CP          secondary
`,
      stderr: ``,
    });
  });

  it("rules: role caps, Markdown", async () => {
    expect(await cli(["rules", "--as-of", "2025-07-01", "--type", "role-cap", "--format", "md", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `_As of 2025-07-01_

## 1 rule in force

| Id | Rule | Strength | Basis | Source |
|---|---|---|---|---|
| roles.provincial-standing-member-cap | A member of the provincial standing body holds at most 2 key posts |  | 45-CT/TW | secondary |
`,
      stderr: ``,
    });
  });

  it("rules: JSON", async () => {
    const result = await cli(["rules", "--as-of", "2025-07-01", "--type", "role-cap", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","asOf","ok","rules"]);
    expect(data).toEqual({"command":"rules","asOf":"2025-07-01","ok":true,"rules":[{"id":"roles.provincial-standing-member-cap","topic":"roles","type":"role-cap","title":{"vi":"Thường trực cấp ủy cấp tỉnh giữ không quá 2 chức danh chủ chốt","en":"A member of the provincial standing body holds at most 2 key posts"},"strength":null,"from":"2025-04-14","to":null,"citation":{"instrumentId":"45-CT/TW"},"verification":"secondary"}]});
  });

  it("rules: none before the rulebook", async () => {
    expect(await cli(["rules", "--as-of", "1990-01-01", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `As of 1990-01-01

0 rules in force
────────────────
Id  Rule  Strength  Basis  Source
──  ────  ────────  ─────  ──────
`,
      stderr: ``,
    });
  });
});

describe('tinh-gon changes: exact output', () => {
  it("changes: Vietnamese", async () => {
    expect(await cli(["changes", "--from", "2024-12-31", "--to", "2025-12-31", "--topic", "benefits"])).toEqual({
      code: 0,
      stdout: `8 thay đổi từ sau 2024-12-31 đến 2025-12-31
───────────────────────────────────────────
Ngày        Thay đổi  Quy định                                                                                                              Khác ở           Căn cứ
──────────  ────────  ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────  ───────────────  ──────────────────────
2025-01-01  bắt đầu   Chế độ nghỉ hưu trước tuổi do sắp xếp tổ chức bộ máy (benefits.early-retirement.reorganisation)                                        Điều 7, 178/2024/NĐ-CP
2025-01-01  bắt đầu   Chế độ thôi việc do sắp xếp tổ chức bộ máy (benefits.resignation.reorganisation)                                                       Điều 9, 178/2024/NĐ-CP
2025-03-15  thay đổi  Chế độ nghỉ hưu trước tuổi do sắp xếp tổ chức bộ máy (benefits.early-retirement.reorganisation)                       tham số, căn cứ  Điều 1, 67/2025/NĐ-CP
2025-03-15  bắt đầu   Nghỉ hưu trước tuổi do tinh giản, cơ cấu lại (Điều 7a) (benefits.early-retirement.restructuring)                                       Điều 1, 67/2025/NĐ-CP
2025-03-15  bắt đầu   Cán bộ không đủ tuổi tái cử, tái bổ nhiệm nghỉ hưu trước tuổi (Điều 7b) (benefits.early-retirement.not-reelected)                      Điều 1, 67/2025/NĐ-CP
2025-06-16  thay đổi  Nghỉ hưu trước tuổi do tinh giản biên chế (benefits.early-retirement.streamlining)                                    tham số, căn cứ  154/2025/NĐ-CP
2025-06-16  thay đổi  Thôi việc ngay do tinh giản biên chế (benefits.resignation.streamlining)                                              căn cứ           154/2025/NĐ-CP
2025-09-17  bắt đầu   Trợ cấp một lần khi nghỉ việc ngay do sắp xếp (Nghị quyết 07/2025/NQ-CP) (benefits.service-time.reorganisation-2025)                   07/2025/NQ-CP
`,
      stderr: ``,
    });
  });

  it("changes: English", async () => {
    expect(await cli(["changes", "--from", "2024-12-31", "--to", "2025-12-31", "--topic", "benefits", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `8 changes after 2024-12-31 up to 2025-12-31
───────────────────────────────────────────
On          Change   Rule                                                                                                                                         Differs in        Basis
──────────  ───────  ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────  ────────────────  ──────────────────────
2025-01-01  started  Early retirement because of reorganisation (benefits.early-retirement.reorganisation)                                                                          178/2024/NĐ-CP, Art. 7
2025-01-01  started  Resignation because of reorganisation (benefits.resignation.reorganisation)                                                                                    178/2024/NĐ-CP, Art. 9
2025-03-15  changed  Early retirement because of reorganisation (benefits.early-retirement.reorganisation)                                                        params, citation  67/2025/NĐ-CP, Art. 1
2025-03-15  started  Early retirement because of streamlining or restructuring (Art. 7a) (benefits.early-retirement.restructuring)                                                  67/2025/NĐ-CP, Art. 1
2025-03-15  started  Cadres not eligible for re-election who retire early (Art. 7b) (benefits.early-retirement.not-reelected)                                                       67/2025/NĐ-CP, Art. 1
2025-06-16  changed  Early retirement under staff streamlining (benefits.early-retirement.streamlining)                                                           params, citation  154/2025/NĐ-CP
2025-06-16  changed  Immediate resignation under staff streamlining (benefits.resignation.streamlining)                                                           citation          154/2025/NĐ-CP
2025-09-17  started  One-time allowance for leaving at once because of the reorganisation (Resolution 07/2025/NQ-CP) (benefits.service-time.reorganisation-2025)                    07/2025/NQ-CP
`,
      stderr: ``,
    });
  });

  it("changes: Markdown", async () => {
    expect(await cli(["changes", "--from", "2025-03-14", "--to", "2025-12-31", "--type", "resignation-benefit", "--format", "md"])).toEqual({
      code: 0,
      stdout: `## 1 thay đổi từ sau 2025-03-14 đến 2025-12-31

| Ngày | Thay đổi | Quy định | Khác ở | Căn cứ |
|---|---|---|---|---|
| 2025-06-16 | thay đổi | Thôi việc ngay do tinh giản biên chế (benefits.resignation.streamlining) | căn cứ | 154/2025/NĐ-CP |
`,
      stderr: ``,
    });
  });

  it("changes: JSON", async () => {
    const result = await cli(["changes", "--from", "2024-12-31", "--to", "2025-12-31", "--topic", "benefits", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","from","to","changes"]);
    expect(omit(data, ["changes"])).toEqual({"command":"changes","ok":true,"from":"2024-12-31","to":"2025-12-31"});
    expect((data.changes as unknown[]).length).toBe(8);
    expect((data.changes as { on: string; kind: string; ruleId: string; differences: string[] }[]).map((change) => [change.on, change.kind, change.ruleId, change.differences.join('+')])).toEqual([["2025-01-01","started","benefits.early-retirement.reorganisation",""],["2025-01-01","started","benefits.resignation.reorganisation",""],["2025-03-15","changed","benefits.early-retirement.reorganisation","params+citation"],["2025-03-15","started","benefits.early-retirement.restructuring",""],["2025-03-15","started","benefits.early-retirement.not-reelected",""],["2025-06-16","changed","benefits.early-retirement.streamlining","params+citation"],["2025-06-16","changed","benefits.resignation.streamlining","citation"],["2025-09-17","started","benefits.service-time.reorganisation-2025",""]]);
  });

  it("changes: to today by default, nothing", async () => {
    expect(await cli(["changes", "--from", "2026-06-01", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `0 changes after 2026-06-01 up to 2026-12-01
───────────────────────────────────────────
On  Change  Rule  Differs in  Basis
──  ──────  ────  ──────────  ─────
`,
      stderr: ``,
    });
  });

  it("changes: on the same day", async () => {
    expect(await cli(["changes", "--from", "2025-07-01", "--to", "2025-07-01", "--topic", "benefits", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `0 changes after 2025-07-01 up to 2025-07-01
───────────────────────────────────────────
On  Change  Rule  Differs in  Basis
──  ──────  ────  ──────────  ─────
`,
      stderr: ``,
    });
  });
});

describe('tinh-gon lookup: exact output', () => {
  it("lookup: a name in both lists, Vietnamese", async () => {
    expect(await cli(["lookup", "ky anh"])).toEqual({
      code: 0,
      stdout: `Huyện Kỳ Anh (447)
──────────────────
Trường  Giá trị
──────  ───────────────────────────────────
id      vn-2025-03:d447
Loại    huyện
Thuộc   Tỉnh Hà Tĩnh
Nguồn   danh sách 01/3/2025 (đến 30/6/2025)
Cải cách 2025: giải thể (không còn cấp huyện).

Thị xã Kỳ Anh (449)
───────────────────
Trường  Giá trị
──────  ───────────────────────────────────
id      vn-2025-03:d449
Loại    thị xã
Thuộc   Tỉnh Hà Tĩnh
Nguồn   danh sách 01/3/2025 (đến 30/6/2025)
Cải cách 2025: giải thể (không còn cấp huyện).

Xã Kỳ Anh (18775)
─────────────────
Trường           Giá trị
───────────────  ───────────────────
id               vn-2025-07:c18775
Loại             xã
Thuộc            Tỉnh Hà Tĩnh
Nguồn            danh sách 01/7/2025
Dân số           32.689
Diện tích (km²)  64,74
Cải cách 2025: hình thành từ Xã Kỳ Phú (18763), Xã Kỳ Tiến (18769), Xã Kỳ Giang (18772), Thị trấn Kỳ Đồng (18775)
`,
      stderr: ``,
    });
  });

  it("lookup: a name in both lists, English", async () => {
    expect(await cli(["lookup", "KỲ ANH", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `Huyện Kỳ Anh (447)
──────────────────
Field   Value
──────  ──────────────────────────────────────
id      vn-2025-03:d447
Kind    rural district
Within  Tỉnh Hà Tĩnh
List    the 2025-03-01 list (until 2025-06-30)
The 2025 reform: dissolved (no district level).

Thị xã Kỳ Anh (449)
───────────────────
Field   Value
──────  ──────────────────────────────────────
id      vn-2025-03:d449
Kind    district-level town
Within  Tỉnh Hà Tĩnh
List    the 2025-03-01 list (until 2025-06-30)
The 2025 reform: dissolved (no district level).

Xã Kỳ Anh (18775)
─────────────────
Field       Value
──────────  ───────────────────
id          vn-2025-07:c18775
Kind        commune
Within      Tỉnh Hà Tĩnh
List        the 2025-07-01 list
Population  32,689
Area (km²)  64.74
The 2025 reform: formed from Xã Kỳ Phú (18763), Xã Kỳ Tiến (18769), Xã Kỳ Giang (18772), Thị trấn Kỳ Đồng (18775)
`,
      stderr: ``,
    });
  });

  it("lookup: a name on a date, Markdown", async () => {
    expect(await cli(["lookup", "ky anh", "--as-of", "2025-07-01", "--format", "md"])).toEqual({
      code: 0,
      stdout: `_Ngày áp dụng: 2025-07-01_

## Xã Kỳ Anh (18775)

| Trường | Giá trị |
|---|---|
| id | vn-2025-07:c18775 |
| Loại | xã |
| Thuộc | Tỉnh Hà Tĩnh |
| Nguồn | danh sách 01/7/2025 |
| Dân số | 32.689 |
| Diện tích (km²) | 64,74 |

Cải cách 2025: hình thành từ Xã Kỳ Phú (18763), Xã Kỳ Tiến (18769), Xã Kỳ Giang (18772), Thị trấn Kỳ Đồng (18775)
`,
      stderr: ``,
    });
  });

  it("lookup: a code before the reform, English", async () => {
    expect(await cli(["lookup", "44", "--as-of", "2025-06-30", "--lang", "en"])).toEqual({
      code: 0,
      stdout: `As of 2025-06-30

Tỉnh Quảng Bình (44)
────────────────────
Field       Value
──────────  ──────────────────────────────────────
id          vn-2025-03:p44
Kind        province
Within      —
List        the 2025-03-01 list (until 2025-06-30)
Population  924,800
Area (km²)  7,998.8
The 2025 reform: went into Tỉnh Quảng Trị (44)
`,
      stderr: ``,
    });
  });

  it("lookup: a code after the reform", async () => {
    expect(await cli(["lookup", "44", "--as-of", "2025-07-01"])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2025-07-01

Tỉnh Quảng Trị (44)
───────────────────
Trường           Giá trị
───────────────  ───────────────────
id               vn-2025-07:p44
Loại             tỉnh
Thuộc            —
Nguồn            danh sách 01/7/2025
Dân số           1.870.845
Diện tích (km²)  12.700
Cải cách 2025: hình thành từ Tỉnh Quảng Bình (44), Tỉnh Quảng Trị (45)
`,
      stderr: ``,
    });
  });

  it("lookup: a partial transfer, Vietnamese", async () => {
    expect(await cli(["lookup", "00634", "--as-of", "2025-06-01"])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2025-06-01

Phường Đại Mỗ (00634)
─────────────────────
Trường  Giá trị
──────  ───────────────────────────────────
id      vn-2025-03:c00634
Loại    phường
Thuộc   Quận Nam Từ Liêm, Thành phố Hà Nội
Nguồn   danh sách 01/3/2025 (đến 30/6/2025)
Cải cách 2025: sáp nhập vào Phường Xuân Phương (00622) (một phần), Phường Tây Mỗ (00634) (một phần), Phường Đại Mỗ (00637) (một phần), Phường Hà Đông (09556) (một phần), Phường Dương Nội (09886) (một phần)
`,
      stderr: ``,
    });
  });

  it("lookup: a dissolved district", async () => {
    expect(await cli(["lookup", "huyen ky anh", "--as-of", "2025-06-01"])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2025-06-01

Huyện Kỳ Anh (447)
──────────────────
Trường  Giá trị
──────  ───────────────────────────────────
id      vn-2025-03:d447
Loại    huyện
Thuộc   Tỉnh Hà Tĩnh
Nguồn   danh sách 01/3/2025 (đến 30/6/2025)
Cải cách 2025: giải thể (không còn cấp huyện).
`,
      stderr: ``,
    });
  });

  it("lookup: nothing by name, Vietnamese", async () => {
    expect(await cli(["lookup", " ky ", "--as-of", "2025-06-01"])).toEqual({
      code: 1,
      stdout: `Ngày áp dụng: 2025-06-01

Không tìm thấy "ky". Tên cần đầy đủ (ví dụ "ky anh", "thi xa ky anh").
`,
      stderr: ``,
    });
  });

  it("lookup: nothing by name, English, today", async () => {
    expect(await cli(["lookup", "ky", "--lang", "en"])).toEqual({
      code: 1,
      stdout: `Nothing found for "ky". Names are whole names (e.g. "ky anh", "thi xa ky anh").
`,
      stderr: ``,
    });
  });

  it("lookup: nothing by code", async () => {
    expect(await cli(["lookup", "44", "--as-of", "2020-01-01"])).toEqual({
      code: 1,
      stdout: `Ngày áp dụng: 2020-01-01

Không tìm thấy "44" vào 2020-01-01 (danh sách có từ 2025-03-01). Tên cần đầy đủ (ví dụ "ky anh", "thi xa ky anh").
`,
      stderr: ``,
    });
  });

  it("lookup: nothing by code, English", async () => {
    expect(await cli(["lookup", "44", "--as-of", "2020-01-01", "--lang", "en"])).toEqual({
      code: 1,
      stdout: `As of 2020-01-01

Nothing found for "44" on 2020-01-01 (the lists start on 2025-03-01). Names are whole names (e.g. "ky anh", "thi xa ky anh").
`,
      stderr: ``,
    });
  });

  it("lookup: JSON by code", async () => {
    const result = await cli(["lookup", "44", "--as-of", "2025-06-30", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","asOf","ok","query","units"]);
    expect(data).toEqual({"command":"lookup","asOf":"2025-06-30","ok":true,"query":"44","units":[{"unit":{"id":"vn-2025-03:p44","kind":"province","name":{"vi":"Tỉnh Quảng Bình"},"parentId":"vn","code":"44","from":"2025-03-01","areaKm2":7998.8,"population":924800},"within":[],"successors":[{"id":"vn-2025-07:p44","code":"44","name":"Tỉnh Quảng Trị","transfer":"full"}]}]});
  });

  it("lookup: JSON by name", async () => {
    const result = await cli(["lookup", "ky anh", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","query","units"]);
    expect(omit(data, ["units"])).toEqual({"command":"lookup","ok":true,"query":"ky anh"});
    expect((data.units as unknown[]).length).toBe(3);
    expect((data.units as unknown[])[0]).toEqual({"unit":{"id":"vn-2025-03:d447","kind":"district","name":{"vi":"Huyện Kỳ Anh"},"parentId":"vn-2025-03:p42","code":"447","from":"2025-03-01"},"within":["vn-2025-03:p42"],"successors":[]});
  });

  it("lookup: nothing, JSON", async () => {
    const result = await cli(["lookup", "ky", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([1, ""]);
    const data = parse(result.stdout);
    expect(Object.keys(data)).toEqual(["command","ok","query","units"]);
    expect(data).toEqual({"command":"lookup","ok":false,"query":"ky","units":[]});
  });
});

describe('tinh-gon apply and validate: a plan without an id, merging only', () => {
  const files = { 'p.json': JSON.stringify({ effectiveOn: '2020-01-01', operations: [{ type: 'merge', sourceIds: ['thon-1', 'thon-2'], targetId: 'thon-3' }] }) };

  it('apply counts ended, started and continued apart', async () => {
    expect(await cli(['apply', fixture('structure.json'), 'p.json'], { files })).toEqual({
      code: 0,
      stdout: 'Áp dụng đề án\n─────────────\nHiệu lực 2020-01-01; 1 thao tác.\n2 đơn vị kết thúc, 0 bắt đầu, 1 tiếp tục; cơ cấu mới có 31 đơn vị (--format json để lấy cơ cấu).\nHợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin\n',
      stderr: '',
    });
    expect((await cli(['apply', fixture('structure.json'), 'p.json', '--lang', 'en'], { files })).stdout).toBe(
      'Applying plan\n─────────────\nEffective 2020-01-01; 1 operation.\n2 units ended, 0 started, 1 continued; the new structure has 31 units (--format json for the structure).\nValid: 0 errors, 0 warnings, 0 info\n',
    );
  });

  it('validate names no plan id', async () => {
    expect((await cli(['validate', fixture('structure.json'), 'p.json', '--format', 'md'], { files })).stdout).toBe('## Kiểm tra đề án\n\nHiệu lực 2020-01-01; 1 thao tác.\n\n**Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin**\n');
  });
});

describe('tinh-gon coverage and apportion: edges', () => {
  it('a target of more than 100% is allowed and cannot be met', async () => {
    const args = ['coverage', fixture('structure.json'), '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--as-of', '2020-07-01', '--lang', 'en'];
    const more = await cli([...args, '--target', '>100%']);
    expect(more.code).toBe(1);
    expect(more.stdout.split('\n')[5]).toBe('Target: more than 100% → 6 needed; 5 short.');
    expect((await cli([...args, '--target', '>=100%'])).stdout.split('\n')[5]).toBe('Target: at least 100% → 5 needed; 4 short.');
  });

  it('--weight names another column', async () => {
    const files = { 'u.csv': 'id,name,headcount,staff\na,A,1,30\nb,B,30,10\n' };
    expect(await cli(['apportion', 'u.csv', '--total', '4', '--weight', 'staff'], { files })).toEqual({
      code: 0,
      stdout: 'Phân bổ 4 cho 2 đơn vị (hamilton)\n─────────────────────────────────\nid    Tên  Trọng số  Phân bổ\n────  ───  ────────  ───────\na     A    30        3\nb     B    10        1\nTổng       40        4\n\nHợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin\n',
      stderr: '',
    });
  });
});

describe('tinh-gon: English names where units have them, and long parse reports', () => {
  it('diff in English uses a unit\'s English name, its Vietnamese one otherwise', async () => {
    const structure = JSON.parse(readFileSync(fixture('structure.json'), 'utf8')) as { units: { id: string; name: { vi: string; en?: string } }[] };
    for (const unit of structure.units) if (unit.id === 'thon-1' || unit.id === 'thon-3') unit.name.en = unit.id === 'thon-1' ? 'Hamlet 1' : 'Hamlet 3';
    const result = await cli(['diff', 's.json', fixture('merge-plan.json'), '--lang', 'en', '--format', 'md'], { files: { 's.json': JSON.stringify(structure) } });
    expect(result.stdout.split('\n').slice(6, 10)).toEqual(['| Change | Unit | Operation | From / into |', '|---|---|---|---|', '| ends | Hamlet 1 (thon-1) | merge | → Hamlet 3 |', '| ends | Thôn 2 (thon-2) | merge | → Hamlet 3 |']);
  });

  it('a parse report lists at most 20 problems, in either language', async () => {
    const files = { 'b.json': JSON.stringify({ units: Array.from({ length: 22 }, (_, index) => ({ id: `u${index}`, kind: 'nope', name: { vi: 'X' }, from: '2020-01-01' })) }) };
    for (const [lang, more] of [
      ['vi', '  … và 2 vấn đề khác không hiển thị'],
      ['en', '  … and 2 more issues not shown'],
    ] as const) {
      const result = await cli(['check', 'b.json', '--lang', lang], { files });
      const lines = result.stderr.split('\n');
      expect(result.code).toBe(2);
      expect(lines).toHaveLength(24);
      expect(lines.filter((line) => line.startsWith('  ✗ input_invalid: '))).toHaveLength(20);
      expect(lines.slice(-2)).toEqual([more, '']);
    }
  });

  it('lookup in English says which transfers were in part', async () => {
    const result = await cli(['lookup', '00634', '--as-of', '2025-06-01', '--lang', 'en']);
    expect(result.stdout.split('\n').slice(-2)).toEqual([
      'The 2025 reform: went into Phường Xuân Phương (00622) (in part), Phường Tây Mỗ (00634) (in part), Phường Đại Mỗ (00637) (in part), Phường Hà Đông (09556) (in part), Phường Dương Nội (09886) (in part)',
      '',
    ]);
  });
});
