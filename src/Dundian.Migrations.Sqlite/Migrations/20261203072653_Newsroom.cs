using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dundian.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Newsroom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ListStyle",
                table: "Channels",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "TextList");

            migrationBuilder.AddColumn<int>(
                name: "StaleAfterDays",
                table: "Channels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CoverImageId",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedById",
                table: "Articles",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedByName",
                table: "Articles",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EditorName",
                table: "Articles",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VideoId",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ArticleAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleAttachments_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleAttachments_StoredFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArticleRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleRevisions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CoverImageId",
                table: "Articles",
                column: "CoverImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_PendingLevel",
                table: "Articles",
                columns: new[] { "Status", "PendingLevel" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_VideoId",
                table: "Articles",
                column: "VideoId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAttachments_ArticleId_FileId",
                table: "ArticleAttachments",
                columns: new[] { "ArticleId", "FileId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAttachments_FileId",
                table: "ArticleAttachments",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRevisions_ArticleId_Number",
                table: "ArticleRevisions",
                columns: new[] { "ArticleId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_StoredFiles_CoverImageId",
                table: "Articles",
                column: "CoverImageId",
                principalTable: "StoredFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Articles_StoredFiles_VideoId",
                table: "Articles",
                column: "VideoId",
                principalTable: "StoredFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Articles_StoredFiles_CoverImageId",
                table: "Articles");

            migrationBuilder.DropForeignKey(
                name: "FK_Articles_StoredFiles_VideoId",
                table: "Articles");

            migrationBuilder.DropTable(
                name: "ArticleAttachments");

            migrationBuilder.DropTable(
                name: "ArticleRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Articles_CoverImageId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_PendingLevel",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_VideoId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ListStyle",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "StaleAfterDays",
                table: "Channels");

            migrationBuilder.DropColumn(
                name: "CoverImageId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CreatedByName",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "EditorName",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "VideoId",
                table: "Articles");
        }
    }
}
