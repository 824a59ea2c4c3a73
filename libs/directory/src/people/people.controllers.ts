import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseId, Roles, type Principal } from '@ptc/platform';
import { CreateAdultDto, CreateStudentDto, LinkContactDto, LinkTeacherDto, ListPeopleQuery, UpdateAdultDto, UpdateStudentDto } from '../dto/people.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('admin: directory')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/students')
export class StudentsController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  list(@Query() query: ListPeopleQuery) {
    return this.people.listStudents(query);
  }

  @Get(':id')
  get(@Param('id', ParseId) id: string) {
    return this.people.getStudent(id);
  }

  @Post()
  create(@Body() dto: CreateStudentDto) {
    return this.people.createStudent(dto);
  }

  @Patch(':id')
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateStudentDto) {
    return this.people.updateStudent(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseId) id: string) {
    return this.people.removeStudent(id);
  }
}

@ApiTags('admin: directory')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/contacts')
export class ContactsController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  list(@Query() query: ListPeopleQuery) {
    return this.people.listAdults('contact', query);
  }

  @Get(':id')
  get(@Param('id', ParseId) id: string) {
    return this.people.getAdult('contact', id);
  }

  @Post()
  create(@Body() dto: CreateAdultDto) {
    return this.people.createAdult('contact', dto);
  }

  @Patch(':id')
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateAdultDto) {
    return this.people.updateAdult('contact', id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseId) id: string) {
    return this.people.removeAdult('contact', id);
  }

  @Post(':id/links')
  link(@Param('id', ParseId) id: string, @Body() dto: LinkContactDto) {
    return this.people.linkContact(id, dto);
  }

  @Delete(':id/links/:studentId')
  @HttpCode(204)
  unlink(@Param('id', ParseId) id: string, @Param('studentId', ParseId) studentId: string) {
    return this.people.unlink('contact', id, studentId);
  }
}

@ApiTags('admin: directory')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/teachers')
export class TeachersController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  list(@Query() query: ListPeopleQuery) {
    return this.people.listAdults('teacher', query);
  }

  @Get(':id')
  get(@Param('id', ParseId) id: string) {
    return this.people.getAdult('teacher', id);
  }

  @Post()
  create(@Body() dto: CreateAdultDto) {
    return this.people.createAdult('teacher', dto);
  }

  @Patch(':id')
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateAdultDto) {
    return this.people.updateAdult('teacher', id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseId) id: string) {
    return this.people.removeAdult('teacher', id);
  }

  @Post(':id/links')
  link(@Param('id', ParseId) id: string, @Body() dto: LinkTeacherDto) {
    return this.people.linkTeacher(id, dto);
  }

  @Delete(':id/links/:studentId')
  @HttpCode(204)
  unlink(@Param('id', ParseId) id: string, @Param('studentId', ParseId) studentId: string) {
    return this.people.unlink('teacher', id, studentId);
  }
}

/** What teachers and parents may read about themselves and their students. */
@ApiTags('directory: own records')
@ApiBearerAuth()
@Controller()
export class OwnDirectoryController {
  constructor(private readonly people: PeopleService) {}

  @Roles('teacher')
  @Get('teacher/students')
  teacherStudents(@CurrentPrincipal() principal: Principal) {
    return this.people.studentsOfTeacher(principal.personId);
  }

  @Roles('parent')
  @Get('parent/contact')
  parentContact(@CurrentPrincipal() principal: Principal) {
    return this.people.ownContact(principal.personId);
  }
}
