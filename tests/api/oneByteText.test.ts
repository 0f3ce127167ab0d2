import { serialize } from "node:v8";
import { makeExecutableSchema } from "@graphql-tools/schema";
import fc from "fast-check";
import { type EnumTypeDefinitionNode, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { AnswerWriter } from "../../src/graphql/compiled/AnswerWriter.js";
import { PieceCache } from "../../src/graphql/compiled/PieceCache.js";
import { oneByteText } from "../../src/graphql/compiled/writerParts.js";
import type { Context } from "../../src/graphql/context.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";

/**
 * Whether V8 holds `text` one byte a character: its serialization tags a one-byte string
 * '"' and a two-byte one 'c' (the byte after the two-byte header).
 */
const isOneByte = (text: string): boolean => serialize(text)[2] === 0x22;

describe("oneByteText", () => {
  it("keeps every text's characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(oneByteText(text)).toBe(text);
      }),
    );
  });

  it("makes a name sliced from a source beyond Latin-1 one byte a character", () => {
    // As graphql-js reads the SDL: names are slices of a source holding an arrow.
    const source = `"cause → effect" enum Relation { CONTRIBUTES_TO_CONDITION }`;
    const definition = parse(source).definitions[0] as EnumTypeDefinitionNode;
    const name = definition.values?.[0]?.name.value ?? "";
    expect(isOneByte(JSON.stringify(name))).toBe(false);
    expect(isOneByte(oneByteText(JSON.stringify(name)))).toBe(true);
  });

  it("leaves a text beyond Latin-1 as it is", () => {
    expect(oneByteText('"→"')).toBe('"→"');
  });
});

describe("the answer writer's texts from the SDL", () => {
  it("writes an answer one byte a character when the SDL holds characters beyond Latin-1", async () => {
    // Names no other code spells, so none is one-byte from elsewhere (an interned literal).
    const schema = makeExecutableSchema({
      typeDefs: `
        "Reads the stance (left → right)."
        type Query { stanceOfOneByteTest: [StanceOfOneByteTest!]! }
        "A stance (front → back)."
        type StanceOfOneByteTest { sideOfOneByteTest: SideOfOneByteTest! }
        "A side (inside → outside)."
        enum SideOfOneByteTest { MEDIAL_SIDE_OF_ONE_BYTE_TEST LATERAL_SIDE_OF_ONE_BYTE_TEST }
      `,
      resolvers: {
        Query: {
          stanceOfOneByteTest: () =>
            ["MEDIAL", "LATERAL"].map((s) => ({ sideOfOneByteTest: `${s}_SIDE_OF_ONE_BYTE_TEST` })),
        },
      },
    });
    const document = parse("{ stanceOfOneByteTest { sideOfOneByteTest __typename } }");
    const operation = document.definitions[0] as OperationDefinitionNode;
    const writer = AnswerWriter.compile(schema, document, operation, () => new PieceCache(0));
    const context = {
      kb: {} as KnowledgeBase,
      requestId: "one-byte",
      outcome: { operationName: null, errorCodes: [] },
    } satisfies Context;
    const written = await writer?.write(context, {});
    const body = written != null && "body" in written ? written.body : "";
    expect(body).toBe(
      '{"data":{"stanceOfOneByteTest":[{"sideOfOneByteTest":"MEDIAL_SIDE_OF_ONE_BYTE_TEST","__typename":"StanceOfOneByteTest"},{"sideOfOneByteTest":"LATERAL_SIDE_OF_ONE_BYTE_TEST","__typename":"StanceOfOneByteTest"}]}}\n',
    );
    expect(isOneByte(body)).toBe(true);
  });
});
